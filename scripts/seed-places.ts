// npm run seed:places file.csv [-- --source "来源说明"] [--dry-run]
//
// Imports places into the CloudBase database of CLOUDBASE_ENV_ID, through the same command and
// import code as scripts/import-places.ts (local SQLite) and the `places` function's import
// action: the CloudBase repository adapter over @cloudbase/node-sdk with API keys. --dry-run
// reads the cloud records and prints the report without writing.
import tcb from '@cloudbase/node-sdk'
import { CloudBaseRepository, type CloudBaseDb } from '../server/adapters/cloudbase'
import { CLOUD_ENV, SECRET_ID, SECRET_KEY, resolve, type Env } from './deploy-env'
import { runImportCommand, type ImportTarget } from './import-places'

const USAGE = '用法：npm run seed:places 文件.csv|文件.json [-- --source "来源说明"] [--dry-run]'

export function openCloud(env: Env): (args: string[]) => ImportTarget | string {
  return () => {
    const creds = resolve(env, { envId: CLOUD_ENV, secretId: SECRET_ID, secretKey: SECRET_KEY }, 'seed:places')
    if (!creds.ok) return creds.message
    const app = tcb.init({
      env: creds.values.envId,
      secretId: creds.values.secretId,
      secretKey: creds.values.secretKey,
      ...(env.TENCENTCLOUD_SESSIONTOKEN ? { sessionToken: env.TENCENTCLOUD_SESSIONTOKEN } : {})
    })
    const repo = new CloudBaseRepository(app.database() as unknown as CloudBaseDb)
    return { repo, label: `云开发环境 ${creds.values.envId}（places 集合）`, close: () => undefined }
  }
}

if (/seed-places\.[cm]?[jt]s$/.test(process.argv[1] ?? '')) {
  runImportCommand(process.argv.slice(2), new Date(), openCloud(process.env), USAGE).then(
    ({ code, output }) => {
      console.log(output)
      process.exit(code)
    },
    (e) => {
      console.error(`导入失败：${(e as Error).message}`)
      process.exit(1)
    }
  )
}
