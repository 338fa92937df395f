export default definePageConfig({ navigationBarTitleText: '修改地点信息' })
