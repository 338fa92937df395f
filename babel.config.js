// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// The WeChat build is compiled for the JS engines WeChat's base library 2.20.2 and later runs on
// (WeChat's own table, github.com/wechat-miniprogram/miniprogram-compat data/browserslist.json:
// iOS 11, Chrome 66), not for the package.json browserslist (Android 4.1, iOS 8), which is the
// browser build's. async/await, classes and arrow functions then ship as written instead of
// regenerator state machines and helpers (about 31 KB less in the main package). The admin
// console's 基础库最低版本 must be 2.20.2 or later (README, deploy step 6).
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        ...(process.env.TARO_ENV === 'weapp' ? { targets: ['ios 11', 'chrome 66'] } : {})
      }
    ]
  ]
}
