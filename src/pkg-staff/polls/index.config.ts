export default definePageConfig({ navigationBarTitleText: '快问快答' })
