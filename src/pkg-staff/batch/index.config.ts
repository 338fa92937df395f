export default definePageConfig({ navigationBarTitleText: '批量代录' })
