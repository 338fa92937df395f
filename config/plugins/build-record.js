// Writes what dist/weapp was built for beside it, outside the package: dist/weapp-build.json with
// the build's mode and whether it names a Cloud Development environment. npm run upload:weapp and
// preview:weapp read it and refuse a check build (the tests' build, with no cloud environment).
const { mkdirSync, writeFileSync } = require('node:fs')
const { dirname, join } = require('node:path')

module.exports = (ctx, { mode }) => {
  ctx.onBuildFinish(({ error, isWatch }) => {
    if (error || process.env.TARO_ENV !== 'weapp') return
    const file = join(dirname(ctx.paths.outputPath), 'weapp-build.json')
    mkdirSync(dirname(file), { recursive: true })
    const record = { mode, watch: Boolean(isWatch), cloudEnv: Boolean(process.env.TARO_APP_CLOUD_ENV) }
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`)
  })
}
