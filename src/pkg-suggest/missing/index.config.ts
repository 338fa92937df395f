export default definePageConfig({ navigationBarTitleText: '文件不见了' })
