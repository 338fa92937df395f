export default definePageConfig({ navigationBarTitleText: '工作工具' })
