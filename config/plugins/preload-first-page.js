// Browser build: index.html preloads the scripts and styles of the page shown first. Taro loads
// every page with import(), so without this the browser learns of the first page's files only
// once app.js has been downloaded and run: one more round trip, on a phone's network, before
// anything is drawn (Lighthouse: first and largest contentful paint). With the links the files
// come down beside app.js. Used from config/index.ts (h5.webpackChain) with the first page of
// app.config.ts.
const HtmlWebpackPlugin = require('html-webpack-plugin')

class PreloadFirstPage {
  /** @param {{ page: string }} options e.g. 'pages/home/index' */
  constructor(options) {
    this.page = new RegExp(`[\\\\/]${options.page.split('/').join('[\\\\/]')}(\\.tsx?)?$`)
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadFirstPage', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadFirstPage', (data) => {
        const group = compilation.chunkGroups.find((g) => g.origins.some((o) => this.page.test(o.request ?? '')))
        if (!group) {
          compilation.warnings.push(new Error(`PreloadFirstPage: no chunk loads ${this.page}`))
          return data
        }
        const publicPath = compilation.outputOptions.publicPath === 'auto' ? '' : compilation.outputOptions.publicPath
        const links = group
          .getFiles()
          .filter((f) => /\.(js|css)$/.test(f))
          .map((file) => ({
            tagName: 'link',
            voidTag: true,
            meta: { plugin: 'PreloadFirstPage' },
            attributes: { rel: 'preload', as: file.endsWith('.js') ? 'script' : 'style', href: `${publicPath}${file}` }
          }))
        data.headTags.push(...links)
        return data
      })
    })
  }
}

module.exports = { PreloadFirstPage }
