export default definePageConfig({ navigationBarTitleText: '一米建议', enableShareAppMessage: true })
