export default definePageConfig({
  navigationBarTitleText: '建议公示栏',
  enableShareAppMessage: true,
  enablePullDownRefresh: true
})
