export default definePageConfig({ navigationBarTitleText: '核心政策问答', enableShareAppMessage: true })
