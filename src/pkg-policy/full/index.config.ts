export default definePageConfig({ navigationBarTitleText: '政策解读全文', enableShareAppMessage: true })
