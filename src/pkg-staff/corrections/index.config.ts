export default definePageConfig({ navigationBarTitleText: '地点纠错', enablePullDownRefresh: true })
