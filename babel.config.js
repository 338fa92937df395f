// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// No `targets` here: both builds compile for package.json's browserslist, the device floor
// (README, "Supported phones"), which autoprefixer, cssnano and scripts/floor.mjs read too.
// Babel cannot rewrite everything the floor lacks (a RegExp lookbehind stays as written):
// npm run check:weapp checks the output against the same list.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5'
      }
    ]
  ]
}
