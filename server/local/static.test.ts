import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { acceptsGzip, serveStatic } from './static'

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['gzip;q=0', false],
    ['identity', false],
    [undefined, false]
  ])('%p → %p', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected)
  })
})

describe('serveStatic', () => {
  let dir: string
  let server: http.Server
  let base: string
  const js = `console.log(${JSON.stringify('渝中 · 一米高度 '.repeat(200))})\n`

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yimi-static-'))
    writeFileSync(join(dir, 'index.html'), '<html>app</html>')
    writeFileSync(join(dir, 'app.js'), js)
    writeFileSync(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    server = http.createServer((req, res) => serveStatic(dir, req, res))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((r) => server.close(r))
    rmSync(dir, { recursive: true, force: true })
  })

  // fetch would decompress by itself; read the bytes as they travel.
  function get(path: string, acceptEncoding?: string) {
    return new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http
        .get(`${base}${path}`, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
        })
        .on('error', reject)
    })
  }

  it('gzips text for a browser that accepts it, smaller and identical once unpacked', async () => {
    const r = await get('/app.js', 'gzip, deflate, br')
    expect(r.headers['content-encoding']).toBe('gzip')
    expect(r.headers.vary).toBe('Accept-Encoding')
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(Number(r.headers['content-length'])).toBe(r.body.length)
    expect(r.body.length).toBeLessThan(Buffer.byteLength(js) / 10)
    expect(gunzipSync(r.body).toString('utf8')).toBe(js)
  })

  it('sends it plain otherwise', async () => {
    for (const accept of [undefined, 'identity', 'gzip;q=0']) {
      const r = await get('/app.js', accept)
      expect(r.headers['content-encoding']).toBeUndefined()
      expect(r.body.toString('utf8')).toBe(js)
    }
  })

  it('leaves images alone and answers unknown paths with index.html', async () => {
    const png = await get('/icon.png', 'gzip')
    expect(png.headers['content-encoding']).toBeUndefined()
    expect(png.body).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    const page = await get('/pkg/deep/route', 'gzip')
    expect(gunzipSync(page.body).toString('utf8')).toBe('<html>app</html>')
  })
})
