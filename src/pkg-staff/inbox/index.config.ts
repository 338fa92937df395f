export default definePageConfig({ navigationBarTitleText: '建议受理', enablePullDownRefresh: true })
