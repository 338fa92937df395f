export default definePageConfig({ navigationBarTitleText: '地点信息' })
