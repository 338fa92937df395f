import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { resolve } from 'node:path'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import { NormalModuleReplacementPlugin } from 'webpack'
import { PreloadFirstPage } from './plugins/preload-first-page'
import devConfig from './dev'
import prodConfig from './prod'

// Each platform builds into its own folder so the H5 and WeChat outputs never mix.
const platform = process.env.TARO_ENV || 'weapp'

// Taro writes every component's template once per nesting level into base.wxml (main package);
// deeper nodes render through its comp component (a custom component that starts again at level
// 0). Each level costs about 2.7 KB of the main package: 6, not the default 16, holds the home,
// suggest and mine tabs whole, while the map list's cards and the forms' inner rows take the comp
// path (npm run bench -- pages: nodes and largest setData unchanged). Taro reads mini.baseLevel
// (webpack5-runner MiniPlugin) but its config type leaves it out.
const templateLevels = { baseLevel: 6 }

const noInnerHtml = resolve(__dirname, 'plugins/no-inner-html/html.js')

const privacyDeclarations = resolve(__dirname, 'wechat-privacy.ts')

// The build to upload (taro build --type weapp, mode production) must name its Cloud Development
// environment: with none, wx.cloud.init falls back to whichever environment WeChat calls the
// default. The tests, the bench and CI build the same code in mode `check` (.env.check), which
// needs none and is never uploaded (README, step 1). Said and stopped here, before any output:
// Taro would bury a thrown error under a "config not found" line.
function requireCloudEnv(command: string | undefined, mode: string | undefined) {
  if (platform !== 'weapp' || command !== 'build' || mode !== 'production' || process.env.TARO_APP_CLOUD_ENV) return
  console.error(
    [
      '✖ A production WeChat build needs TARO_APP_CLOUD_ENV, your Cloud Development environment id:',
      '  put it in .env.production.local (README, "WeChat: build, open, deploy", step 1) or in the environment.',
      '  To build for the tests, with no cloud environment: npm run build:weapp:check'
    ].join('\n')
  )
  process.exit(1)
}

export default defineConfig<'webpack5'>(async (merge, { command, mode }) => {
  requireCloudEnv(command, mode)
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yuzhong-yimi',
    date: '2026-11-28',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2
    },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    plugins: [
      resolve(__dirname, 'plugins/slim-templates.js'),
      [resolve(__dirname, 'plugins/build-record.js'), { mode }],
      // WeChat reads aria-label / aria-role, but Taro's templates leave them out: add the two to
      // the components that carry labels. Each is repeated at every template level: keep it short.
      [
        '@tarojs/plugin-inject',
        {
          components: Object.fromEntries(
            ['View', 'Text', 'Image', 'Button'].map((c) => [c, { 'aria-label': "''", 'aria-role': "''" }])
          )
        }
      ]
    ],
    defineConstants: {},
    // theme.json (dark mode variables) and sitemap.json (which pages WeChat search may index) are
    // read by WeChat from the package root; written without indentation, as they count towards
    // the main package.
    copy: {
      patterns:
        platform === 'weapp'
          ? ['theme.json', 'sitemap.json'].map((name) => ({
              from: `src/${name}`,
              to: `dist/${platform}/${name}`,
              transform: (content: Buffer) => JSON.stringify(JSON.parse(content.toString('utf8')))
            }))
          : [],
      options: {}
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    // Taro's default terser output for WeChat is ascii_only, which writes each Chinese character
    // as a 6-byte \uXXXX escape; WeChat reads UTF-8 sources, where it takes 3. Taro merges this
    // into its defaults, whose key is `output` (terser refuses both `output` and `format`).
    ...(platform === 'weapp' ? { terser: { enable: true, config: { output: { ascii_only: false } } } } : {}),
    mini: {
      ...templateLevels,
      // No page sets HTML (ESLint refuses dangerouslySetInnerHTML): Taro's HTML parser and its
      // style parser (~10 KB of the main package) stay out, with config/plugins/no-inner-html.
      runtime: { enableInnerHTML: false },
      // app.config.ts takes its privacy declarations from here; Taro compiles every page and app
      // config as a webpack entry (then drops it from the output), so the file needs the loaders.
      compile: { include: [privacyDeclarations] },
      // Every image is emitted as a file, never inlined as a data URI: <map> markers need files,
      // and a data URI would travel in every setData of the map's list. Taro reads limit: true as
      // "inline nothing" (webpack5-runner getAssetsMaxSize).
      imageUrlLoaderOption: { limit: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        // Prefixes for package.json's browserslist, the device floor (README, "Supported phones").
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' }
        }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain
          .plugin('no-inner-html')
          .use(NormalModuleReplacementPlugin, [/[\\/]dom-external[\\/]inner-html[\\/]html\.js$/, noInnerHtml])
        // src/domain is pure (no module does anything on import): a page that takes one thing
        // from a barrel such as domain/places does not carry the rest of it.
        chain.module
          .rule('pure-domain')
          .test(/[\\/]src[\\/]domain[\\/]/)
          .set('sideEffects', false)
      }
    },
    h5: {
      compile: { include: [privacyDeclarations] },
      publicPath: '/',
      staticDirectory: 'static',
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js'
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css'
      },
      router: { mode: 'hash' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' }
        }
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // As in the WeChat build: a barrel import carries only what is used.
        chain.module
          .rule('pure-domain')
          .test(/[\\/]src[\\/]domain[\\/]/)
          .set('sideEffects', false)
        // The first page's files load beside app.js instead of after it (plugins/preload-first-page.js).
        chain.plugin('preload-first-page').use(PreloadFirstPage, [{ page: 'pages/home/index' }])
      }
    }
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
