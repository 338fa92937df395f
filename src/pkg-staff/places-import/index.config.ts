export default definePageConfig({ navigationBarTitleText: '地点导入' })
