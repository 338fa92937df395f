// Test support: wx-server-sdk as a deployed cloud function meets it, for tests that load a
// function's real WeChat entry (cloudfunctions/<name>/index.ts through server/adapters/wechat.ts).
// The database is the in-memory CloudBase of tests/fakes/cloudbase-fake.ts; the rest follows
// WeChat's documents where the app depends on them:
//
// - openapi: a function may call only the APIs its config.json lists under permissions.openapi;
//   any other call fails with errCode -604101 ("每个云函数需要声明其会使用到的接口，否则无法调用";
//   https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/openapi/openapi.html). The
//   thrown error carries errCode and errMsg as the SDK's does
//   (https://docs.cloudbase.net/faq/knowledge/cloud-call-604101-permission-error).
// - getTempFileURL: each link lives maxAge seconds (a private file's link lives ten minutes
//   without one; https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html).
//   The fake remembers when each link stops working, so a test can ask whether WeChat's media
//   checker could still download it.
// - getWXContext: OPENID of the user whose call this is, none for a push; ENV the function's own.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fakeCloudBase, type FakeCloudBase } from '../fakes/cloudbase-fake'

/** What WeChat answers to an openapi call the function's config.json does not declare. */
export const UNDECLARED_OPENAPI = -604101

const ROOT = join(__dirname, '..', '..')

/** permissions.openapi of cloudfunctions/<name>/config.json. */
export function declaredOpenapi(functionName: string): string[] {
  const config = JSON.parse(readFileSync(join(ROOT, 'cloudfunctions', functionName, 'config.json'), 'utf8')) as {
    permissions?: { openapi?: string[] }
  }
  return config.permissions?.openapi ?? []
}

export interface OpenapiCall {
  /** <namespace>.<method>, as config.json names it. */
  name: string
  options: Record<string, unknown>
  atMs: number
  answer: Record<string, unknown>
}

export interface TempLink {
  fileID: string
  expiresAtMs: number
}

type Answer = (options: Record<string, unknown>, n: number) => Record<string, unknown>

// WeChat's success shapes for the APIs this project calls (cloud calls answer errCode/errMsg and
// camelCase fields; the HTTPS API answers errcode and trace_id).
const ANSWERS: Record<string, Answer> = {
  'security.msgSecCheck': (_o, n) => ({
    errCode: 0,
    errMsg: 'openapi.security.msgSecCheck:ok',
    result: { suggest: 'pass', label: 100 },
    detail: [],
    traceId: `msg-trace-${n}`
  }),
  'security.mediaCheckAsync': (_o, n) => ({
    errCode: 0,
    errMsg: 'openapi.security.mediaCheckAsync:ok',
    traceId: `6a1b2c3d-${String(n).padStart(8, '0')}-0e0f1a2b`
  }),
  'subscribeMessage.send': () => ({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' })
}

export interface FakeWxServerSdkOptions {
  /** Whose config.json grants the openapi permissions. */
  functionName: string
  /** Overrides config.json's list (a test of what an undeclared call does). */
  declared?: string[]
  env?: string
  now?: () => number
}

export interface FakeWxServerSdk {
  /** What `require('wx-server-sdk')` returns inside the function. */
  sdk: Record<string, unknown>
  db: FakeCloudBase
  env: string
  /** Every openapi call that WeChat accepted, in order. */
  calls: OpenapiCall[]
  /** Every temporary link handed out, by URL. */
  links: Map<string, TempLink>
  /** The next invocations come from this user (an empty openid: WeChat's own push). */
  as(openid: string): void
}

export function fakeWxServerSdk(options: FakeWxServerSdkOptions): FakeWxServerSdk {
  const env = options.env ?? 'yimi-test-1a2b3c'
  const now = options.now ?? (() => Date.now())
  const declared = new Set(options.declared ?? declaredOpenapi(options.functionName))
  const db = fakeCloudBase()
  const calls: OpenapiCall[] = []
  const links = new Map<string, TempLink>()
  let openid = ''

  const call = async (name: string, callOptions: Record<string, unknown>) => {
    if (!declared.has(name)) {
      const errMsg = `openapi.${name}:fail system error: error code: ${UNDECLARED_OPENAPI}`
      throw Object.assign(new Error(`errCode: ${UNDECLARED_OPENAPI} | errMsg: ${errMsg}`), {
        errCode: UNDECLARED_OPENAPI,
        errMsg
      })
    }
    const answer = ANSWERS[name]
    if (!answer) throw new Error(`the fake wx-server-sdk has no answer for openapi.${name}`)
    const result = answer(callOptions, calls.length + 1)
    calls.push({ name, options: callOptions, atMs: now(), answer: result })
    return result
  }
  // cloud.openapi.<namespace>.<method>(options): property names only; anything else (a promise
  // check, a symbol) finds nothing, as on a plain object.
  const namespace = (ns: string) =>
    new Proxy(
      {},
      {
        get: (_t, method) =>
          typeof method === 'string' && method !== 'then'
            ? (o: Record<string, unknown>) => call(`${ns}.${method}`, o)
            : undefined
      }
    )
  const openapi = new Proxy(
    {},
    { get: (_t, ns) => (typeof ns === 'string' && ns !== 'then' ? namespace(ns) : undefined) }
  )

  const sdk = {
    DYNAMIC_CURRENT_ENV: Symbol('DYNAMIC_CURRENT_ENV'),
    init() {},
    database: () => db,
    getWXContext: () => (openid ? { OPENID: openid, ENV: env } : { ENV: env }),
    openapi,
    async getTempFileURL({ fileList }: { fileList: Array<string | { fileID: string; maxAge?: number }> }) {
      return {
        fileList: fileList.map((f) => {
          const { fileID, maxAge = 10 * 60 } = typeof f === 'string' ? { fileID: f } : f
          if (!fileID.startsWith(`cloud://${env}.`)) return { fileID, status: -1, errMsg: 'file not exist' }
          const expiresAtMs = now() + maxAge * 1000
          const tempFileURL = `https://${env}.tcb.qcloud.la/${fileID.replace(/^cloud:\/\/[^/]+\//, '')}?sign=s&t=${expiresAtMs}`
          links.set(tempFileURL, { fileID, expiresAtMs })
          return { fileID, tempFileURL, status: 0, errMsg: 'ok', maxAge }
        })
      }
    },
    async deleteFile({ fileList }: { fileList: string[] }) {
      return { fileList: fileList.map((fileID) => ({ fileID, status: 0, errMsg: 'ok' })) }
    }
  }
  return {
    sdk,
    db,
    env,
    calls,
    links,
    as(next) {
      openid = next
    }
  }
}
