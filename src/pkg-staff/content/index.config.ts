export default definePageConfig({ navigationBarTitleText: '政策与动态发布' })
