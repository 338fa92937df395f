// The built H5 app as the local backend serves it (e2e, `--static`): text files gzip-compressed
// when the browser accepts it, as any production web server would, so what the browser
// transfers matches what the bench reports. The build does not change while the server runs,
// so each file is compressed once.
import { existsSync, readFileSync, statSync } from 'node:fs'
import type http from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2'
}
// Images and fonts are compressed already; gzip only makes them bigger.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json'])

const gzipped = new Map<string, { mtimeMs: number; body: Buffer }>()

/** Whether an Accept-Encoding header allows gzip (not refused with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '')
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    if (coding !== 'gzip' && coding !== '*') return false
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    return q === undefined || Number(q.slice(2)) > 0
  })
}

export function serveStatic(root: string, req: http.IncomingMessage, res: http.ServerResponse): void {
  const pathname = decodeURIComponent((req.url ?? '/').split('?')[0])
  const file = normalize(join(root, pathname))
  const inside = file.startsWith(resolve(root))
  const target = inside && existsSync(file) && statSync(file).isFile() ? file : join(root, 'index.html')
  const ext = extname(target)
  const headers: http.OutgoingHttpHeaders = { 'content-type': TYPES[ext] ?? 'application/octet-stream' }
  let body: Buffer = readFileSync(target)
  if (COMPRESSIBLE.has(ext)) {
    headers.vary = 'Accept-Encoding'
    if (acceptsGzip(req.headers['accept-encoding'])) {
      const { mtimeMs } = statSync(target)
      let cached = gzipped.get(target)
      if (!cached || cached.mtimeMs !== mtimeMs) {
        cached = { mtimeMs, body: gzipSync(body, { level: 9 }) }
        gzipped.set(target, cached)
      }
      body = cached.body
      headers['content-encoding'] = 'gzip'
    }
  }
  headers['content-length'] = body.length
  res.writeHead(200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}
