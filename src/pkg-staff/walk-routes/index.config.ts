export default definePageConfig({ navigationBarTitleText: '儿童友好路线' })
