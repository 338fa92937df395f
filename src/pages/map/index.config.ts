export default definePageConfig({ navigationBarTitleText: '找地方', enableShareAppMessage: true })
