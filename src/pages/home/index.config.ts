export default definePageConfig({
  navigationBarTitleText: '渝中 · 一米高度',
  enableShareAppMessage: true,
  enablePullDownRefresh: true
})
