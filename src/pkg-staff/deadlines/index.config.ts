export default definePageConfig({ navigationBarTitleText: '处理期限' })
