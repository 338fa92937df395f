// Tab pages live in the main package; every other page goes into a subpackage.
export default defineAppConfig({
  pages: ['pages/home/index', 'pages/map/index', 'pages/suggest/index', 'pages/policy/index', 'pages/mine/index'],
  subPackages: [
    { root: 'pkg-policy', pages: ['qa/index', 'qa-detail/index', 'full/index'] },
    { root: 'pkg-suggest', pages: ['detail/index', 'board/index'] },
    { root: 'pkg-places', pages: ['detail/index'] },
    { root: 'pkg-info', pages: ['about/index'] }
  ],
  preloadRule: {
    'pages/policy/index': { network: 'all', packages: ['pkg-policy'] }
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#fbf7f2',
    navigationBarTitleText: '渝中 · 一米高度',
    navigationBarTextStyle: 'black',
    backgroundColor: '#fbf7f2'
  },
  tabBar: {
    color: '#5c6370',
    selectedColor: '#c2410c',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/home/index', text: '首页', iconPath: 'assets/tabbar/home.png', selectedIconPath: 'assets/tabbar/home-active.png' },
      { pagePath: 'pages/map/index', text: '找地方', iconPath: 'assets/tabbar/map.png', selectedIconPath: 'assets/tabbar/map-active.png' },
      { pagePath: 'pages/suggest/index', text: '提建议', iconPath: 'assets/tabbar/suggest.png', selectedIconPath: 'assets/tabbar/suggest-active.png' },
      { pagePath: 'pages/policy/index', text: '政策', iconPath: 'assets/tabbar/policy.png', selectedIconPath: 'assets/tabbar/policy-active.png' },
      { pagePath: 'pages/mine/index', text: '我的', iconPath: 'assets/tabbar/mine.png', selectedIconPath: 'assets/tabbar/mine-active.png' }
    ]
  },
  // Location is asked only when a page needs it, after the privacy sheet.
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  permission: {
    'scope.userLocation': { desc: '用于查找你附近的托育机构、儿童医院和公园，并标注建议的位置' }
  },
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents'
})
