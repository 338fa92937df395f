// The local cloud backend: the project's real cloud functions over HTTP, on SQLite.
//   POST /cloud/<function>   body: the same payload wx.cloud.callFunction would send
//   GET  /cloud/health       liveness for scripts
//   POST /cloud/_files       upload one image or recording (raw body, content-type image/* or audio/*) → { fileId }
//   GET  /cloud/_files/<n>?exp&sig   the file, through a link a function handed out (imageUrls)
// Identity comes from the development switch header (x-dev-identity: citizen | worker | district),
// which only this local server understands; uploads carry it too (their uploader is recorded).
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import { isFunctionName } from '../../src/domain/cloud-api'
import { fail } from '../../src/domain/errors'
import { DEV_IDENTITIES, isDevIdentity } from '../../src/domain/roles'
import { resolveCaller } from '../services/caller'
import { localAudioChecker, localWordListChecker, type MediaVerdictEvent } from '../adapters/content-check'
import { localFileStorage } from '../adapters/file-storage'
import { isValidLocalLink, localFileUrls } from '../adapters/file-urls'
import { dispatch, type Services } from '../function'
import { localNotifier } from '../adapters/notifier'
import type { GroupedWrites, Repository } from '../adapters/repository'
import { MAX_IMAGE_BYTES, serveUpload, storeUpload } from './files'
import { devRoute, type DevClock } from './dev-clock'
import { FUNCTIONS } from './functions'
import { serveStatic } from './static'

export interface LocalBackendOptions {
  /** With group commit (SqliteRepository's groupCommit), a caller is answered once its writes are on disk. */
  repo: Repository & Partial<GroupedWrites>
  /** Serve a built H5 app from this folder on the same origin (used by e2e tests). */
  staticDir?: string
  /** Where uploaded images go (the local stand-in for cloud storage). */
  filesDir: string
  now?: () => Date
  /** How long the local audio check takes to answer (ms). */
  audioCheckDelayMs?: number
  /** A clock scripts may set, and the timers' work on request (dev-clock.ts); ignored with `now`. */
  devClock?: DevClock
}

const MAX_BODY = 10 * 1024 * 1024
function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(text)
}

function readBody(req: http.IncomingMessage, limit = MAX_BODY): Promise<Buffer | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > limit) {
        resolvePromise(null)
        req.destroy()
      } else chunks.push(c)
    })
    req.on('end', () => resolvePromise(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

const first = (h: string | string[] | undefined) => (Array.isArray(h) ? h[0] : h)

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]'])
const hostnameOf = (hostAndPort: string) => hostAndPort.replace(/:\d+$/, '').toLowerCase()

/**
 * Only this machine's own pages may talk to the local backend: its identity switch makes anyone
 * a district admin. A Host that is not loopback (DNS rebinding) or a browser Origin from any other
 * site (a web page posting to 127.0.0.1) is refused. Requests without Origin (curl, scripts) pass.
 */
export function isLocalRequest(headers: http.IncomingHttpHeaders): boolean {
  const host = first(headers.host)
  if (!host || !LOOPBACK.has(hostnameOf(host))) return false
  const origin = first(headers.origin)
  if (origin === undefined) return true
  try {
    const u = new URL(origin)
    return u.protocol === 'http:' && LOOPBACK.has(u.hostname.toLowerCase())
  } catch {
    return false
  }
}
// Load tests and multi-user e2e tests need many distinct citizens: any dev-* id is accepted here.
const DEV_OPENID = /^dev-[\w-]{1,40}$/

export function devOpenid(identity: string | string[] | undefined, openid?: string | string[] | undefined): string {
  const explicit = first(openid)
  if (explicit && DEV_OPENID.test(explicit)) return explicit
  const value = first(identity)
  return isDevIdentity(value) ? DEV_IDENTITIES[value].openid : DEV_IDENTITIES.citizen.openid
}

export function createLocalBackend(options: LocalBackendOptions): http.Server {
  const { repo } = options
  const clock = options.now ? null : (options.devClock ?? null)
  const now = options.now ?? clock?.now ?? (() => new Date())
  // Signs file links for this run of the backend: a restart ends the old ones, as their expiry would.
  const fileSecret = randomBytes(32).toString('base64url')
  // The audio check's verdict comes back a moment later, as WeChat's push would, to the
  // suggestions function as a caller without identity.
  const deliver = (event: MediaVerdictEvent) =>
    void (async () => {
      const caller = await resolveCaller(repo, null)
      await dispatch(FUNCTIONS.suggestions, event, { repo, caller, backend: 'local', now, services })
    })().catch((e) => console.error('[local-backend] media check', e))
  const services: Services = {
    contentCheck: { ...localWordListChecker, ...localAudioChecker(deliver, options.audioCheckDelayMs) },
    notifier: localNotifier(repo),
    files: localFileStorage(repo, options.filesDir),
    fileUrls: localFileUrls(fileSecret, now)
  }
  return http.createServer(async (req, res) => {
    const url = req.url ?? '/'
    if (!isLocalRequest(req.headers)) return send(res, 403, fail('FORBIDDEN', '本地后端只接受本机页面的请求'))
    try {
      if (url === '/cloud/health') {
        send(res, 200, { ok: true, data: { backend: 'local', time: now().toISOString() } })
        return
      }
      // Taken before any write of this call: the answer waits until they are durable (group commit).
      const mark = repo.writeMark?.() ?? 0
      const durable = async () => repo.durable?.(mark)
      if (url === '/cloud/_files' && req.method === 'POST') {
        const body = await readBody(req, MAX_IMAGE_BYTES + 1)
        if (body === null) return send(res, 413, fail('VALIDATION', '图片太大了（最大 5 MB）', 'file'))
        const owner = devOpenid(req.headers['x-dev-identity'], req.headers['x-dev-openid'])
        const stored = await storeUpload(repo, options.filesDir, {
          contentType: req.headers['content-type'],
          body,
          owner,
          at: now()
        })
        await durable()
        return send(res, !stored.ok && stored.error.code === 'RATE_LIMITED' ? 429 : 200, stored)
      }
      if (url.startsWith('/cloud/_files/') && req.method === 'GET') {
        const link = new URL(url, 'http://local')
        const name = link.pathname.slice('/cloud/_files/'.length)
        if (!isValidLocalLink(fileSecret, name, link.searchParams, now()))
          return send(res, 403, fail('FORBIDDEN', '图片链接已过期，请刷新页面'))
        if (!serveUpload(options.filesDir, name, res)) send(res, 404, fail('NOT_FOUND'))
        return
      }
      if (clock && url.startsWith('/cloud/_dev/') && req.method === 'POST') {
        let event: unknown
        try {
          const body = await readBody(req)
          event = body?.length ? JSON.parse(body.toString('utf8')) : {}
        } catch {
          return send(res, 400, fail('BAD_REQUEST', '请求内容不是 JSON'))
        }
        const routed = await devRoute(url, event, clock, repo, services)
        if (routed) {
          await durable()
          return send(res, routed.status, routed.body)
        }
      }
      const match = /^\/cloud\/([a-z][a-zA-Z0-9_-]*)$/.exec(url)
      if (match && req.method === 'POST') {
        const name = match[1]
        if (!isFunctionName(name)) return send(res, 404, fail('NOT_FOUND', `没有名为 ${name} 的云函数`))
        const body = await readBody(req)
        if (body === null) return send(res, 413, fail('BAD_REQUEST', '请求内容过大'))
        let event: unknown
        try {
          event = body.length ? JSON.parse(body.toString('utf8')) : {}
        } catch {
          return send(res, 400, fail('BAD_REQUEST'))
        }
        const caller = await resolveCaller(repo, devOpenid(req.headers['x-dev-identity'], req.headers['x-dev-openid']))
        const fn = FUNCTIONS[name]
        const answer = await dispatch(fn, event, { repo, caller, backend: 'local', now, services })
        await durable()
        send(res, 200, answer)
        return
      }
      if (url.startsWith('/cloud/')) return send(res, 404, fail('NOT_FOUND'))
      if (options.staticDir && (req.method === 'GET' || req.method === 'HEAD')) {
        serveStatic(options.staticDir, req, res)
        return
      }
      send(res, 404, fail('NOT_FOUND'))
    } catch (e) {
      console.error('[local-backend]', e)
      if (!res.headersSent) send(res, 500, fail('INTERNAL'))
    }
  })
}
