// What the deploy commands need from the environment, in one place. Credentials come only from
// environment variables (never from a file in the repository); each command names what is
// missing and where to get it, and exits before touching anything.

export interface Needed {
  name: string
  /** Other variable names accepted in its place, in order. */
  fallbacks?: string[]
  what: string
}

export const CLOUD_ENV: Needed = {
  name: 'CLOUDBASE_ENV_ID',
  fallbacks: ['TARO_APP_CLOUD_ENV'],
  what: '云开发环境 ID（云开发控制台 → 设置 → 环境 ID）'
}
export const SECRET_ID: Needed = {
  name: 'TENCENTCLOUD_SECRETID',
  what: '腾讯云 API 密钥 SecretId（访问管理 → API 密钥管理；子账号只需云开发权限）'
}
export const SECRET_KEY: Needed = { name: 'TENCENTCLOUD_SECRETKEY', what: '与 SecretId 配对的 SecretKey' }
export const APP_ID: Needed = {
  name: 'WEAPP_APPID',
  fallbacks: ['TARO_APP_ID'],
  what: '小程序 AppID（微信公众平台 → 开发管理 → 开发设置）'
}
export const UPLOAD_KEY: Needed = {
  name: 'WEAPP_PRIVATE_KEY_PATH',
  what: '代码上传密钥文件的路径（开发设置 → 小程序代码上传 → 生成密钥；放在仓库之外）'
}

export type Env = Record<string, string | undefined>

export function read(env: Env, needed: Needed): string | undefined {
  for (const name of [needed.name, ...(needed.fallbacks ?? [])]) {
    const value = env[name]?.trim()
    if (value) return value
  }
  return undefined
}

/** Values of every needed variable, or the message naming the missing ones. */
export function resolve<K extends string>(
  env: Env,
  needed: Record<K, Needed>,
  command: string
): { ok: true; values: Record<K, string> } | { ok: false; message: string } {
  const values = {} as Record<K, string>
  const missing: Needed[] = []
  for (const [key, n] of Object.entries(needed) as Array<[K, Needed]>) {
    const value = read(env, n)
    if (value) values[key] = value
    else missing.push(n)
  }
  if (!missing.length) return { ok: true, values }
  const lines = missing.map(
    (n) => `  ${n.name}${n.fallbacks?.length ? `（或 ${n.fallbacks.join('、')}）` : ''}：${n.what}`
  )
  return { ok: false, message: [`${command} 缺少环境变量：`, ...lines].join('\n') }
}
