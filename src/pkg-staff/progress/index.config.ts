export default definePageConfig({ navigationBarTitleText: '目标进展录入' })
