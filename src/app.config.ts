import { permission, requiredPrivateInfos } from '../config/wechat-privacy'

// Tab pages live in the main package; every other page goes into a subpackage.
// WeChat follows the system's dark mode through theme.json variables (@name); the browser build
// has no such variables, so it keeps literal colours and switches page colours by media query.
const weapp = process.env.TARO_ENV === 'weapp'
const themed = (variable: string, literal: string) => (weapp ? `@${variable}` : literal)
// 读给我听 on WeChat: the text-to-speech plugin is declared only when its AppID is configured
// (src/env.ts); without it the button is not shown (services/speech.weapp.ts).
const speechPlugin = process.env.TARO_APP_SPEECH_PLUGIN
const plugins =
  weapp && speechPlugin
    ? {
        plugins: {
          WechatSI: { version: process.env.TARO_APP_SPEECH_PLUGIN_VERSION || '0.3.5', provider: speechPlugin }
        }
      }
    : {}

export default defineAppConfig({
  // sitemap.json keeps the staff pages, personal pages and forms out of WeChat search.
  ...(weapp ? { darkmode: true, themeLocation: 'theme.json', sitemapLocation: 'sitemap.json' } : {}),
  ...plugins,
  pages: ['pages/home/index', 'pages/map/index', 'pages/suggest/index', 'pages/policy/index', 'pages/mine/index'],
  subPackages: [
    { root: 'pkg-policy', pages: ['qa/index', 'qa-detail/index', 'full/index'] },
    { root: 'pkg-suggest', pages: ['write/index', 'detail/index', 'board/index', 'missing/index', 'my-data/index'] },
    { root: 'pkg-places', pages: ['detail/index', 'corrections/index', 'offices/index', 'visit/index'] },
    {
      root: 'pkg-staff',
      pages: [
        'inbox/index',
        'case/index',
        'report/index',
        'entry/index',
        'batch/index',
        'moderate/index',
        'audit/index',
        'templates/index',
        'staff-admin/index',
        'content/index',
        'places-import/index',
        'corrections/index',
        'place-edit/index',
        'place-admin/index',
        'walk-routes/index',
        'progress/index',
        'polls/index',
        'council/index',
        'join/index',
        'offices/index',
        'activities/index',
        'activity-edit/index',
        'activity-signups/index',
        'visits/index',
        'deadlines/index',
        'tools/index'
      ]
    },
    { root: 'pkg-info', pages: ['about/index', 'children/index'] },
    { root: 'pkg-polls', pages: ['vote/index', 'council/index'] },
    { root: 'pkg-activities', pages: ['list/index', 'detail/index', 'mine/index'] }
  ],
  // What each tab opens next is fetched while the tab is shown (small packages; the staff
  // package is left to load on demand, as most people never open it).
  preloadRule: {
    'pages/policy/index': { network: 'all', packages: ['pkg-policy'] },
    'pages/map/index': { network: 'all', packages: ['pkg-places'] },
    'pages/mine/index': { network: 'all', packages: ['pkg-suggest'] },
    'pages/suggest/index': { network: 'all', packages: ['pkg-suggest'] },
    'pages/home/index': { network: 'all', packages: ['pkg-suggest'] }
  },
  window: {
    backgroundTextStyle: themed('bgTextStyle', 'light') as 'light',
    navigationBarBackgroundColor: themed('navBgColor', '#fbf7f2'),
    navigationBarTitleText: '渝中 · 一米高度',
    navigationBarTextStyle: themed('navTextStyle', 'black') as 'black',
    backgroundColor: themed('bgColor', '#fbf7f2')
  },
  tabBar: {
    color: themed('tabColor', '#5c6370'),
    selectedColor: themed('tabSelectedColor', '#c2410c'),
    backgroundColor: themed('tabBgColor', '#ffffff'),
    borderStyle: themed('tabBorderStyle', 'white') as 'white',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png'
      },
      {
        pagePath: 'pages/map/index',
        text: '找地方',
        iconPath: 'assets/tabbar/map.png',
        selectedIconPath: 'assets/tabbar/map-active.png'
      },
      {
        pagePath: 'pages/suggest/index',
        text: '提建议',
        iconPath: 'assets/tabbar/suggest.png',
        selectedIconPath: 'assets/tabbar/suggest-active.png'
      },
      {
        pagePath: 'pages/policy/index',
        text: '政策',
        iconPath: 'assets/tabbar/policy.png',
        selectedIconPath: 'assets/tabbar/policy-active.png'
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tabbar/mine.png',
        selectedIconPath: 'assets/tabbar/mine-active.png'
      }
    ]
  },
  // Location is asked only when a page needs it, after the privacy sheet. Both fields come from
  // the privacy declarations (config/wechat-privacy.ts): exactly the location interfaces the code
  // calls, and what location is really used for.
  requiredPrivateInfos,
  permission,
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents'
})
