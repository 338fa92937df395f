export default definePageConfig({ navigationBarTitleText: '审核与隐私' })
