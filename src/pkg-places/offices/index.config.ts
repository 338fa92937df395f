export default definePageConfig({ navigationBarTitleText: '联系我的社区' })
