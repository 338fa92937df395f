// A child's recording on the wire: a full minute at the recorder's settings (src/domain/suggestions
// /audio.ts) against the 1 MB promise and the upload limit, next to the same minute uncompressed
// (16 kHz, 16-bit mono PCM: what the microphone delivers before encoding) and at the highest
// bitrate WeChat accepts at 16 kHz. Then the minute uploaded to the local backend (median of 20)
// against a one-second clip. Exits non-zero if a minute would not fit.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLocalBackend } from '../../server/local/app'
import { SqliteRepository } from '../../server/adapters/sqlite'
import { AUDIO_LIMITS, RECORDER_SETTINGS, audioBytesFor } from '../../src/domain/suggestions/audio'
import { figure, line } from './figures.cjs'

const MINUTE = AUDIO_LIMITS.maxDurationMs
const PROMISE = 1_000_000 // "an audio upload of 60 s stays under 1 MB" (issue 15)
const kb = (b: number) => `${(b / 1000).toFixed(0)} KB`

const recorded = audioBytesFor(MINUTE)
const pcm = (MINUTE / 1000) * RECORDER_SETTINGS.sampleRate * 2 * RECORDER_SETTINGS.numberOfChannels
const highest = audioBytesFor(MINUTE, 96_000)

console.log('audio: a 60 s recording')
console.log(
  `  recorder (${RECORDER_SETTINGS.format}, ${RECORDER_SETTINGS.sampleRate / 1000} kHz, ${RECORDER_SETTINGS.encodeBitRate / 1000} kbps): ${kb(recorded)}` +
    ` = ${((recorded / pcm) * 100).toFixed(1)}% of uncompressed PCM (${kb(pcm)}), ${((recorded / PROMISE) * 100).toFixed(0)}% of 1 MB`
)
console.log(`  at WeChat's highest 16 kHz bitrate (96 kbps): ${kb(highest)}`)
console.log(`  upload limit: ${kb(AUDIO_LIMITS.maxBytes)} (browser Opus asked for the same bitrate; VBR margin)`)

function upload(port: number, body: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint()
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/cloud/_files',
        method: 'POST',
        headers: { 'content-type': 'audio/mpeg', 'x-dev-identity': 'citizen' }
      },
      (res) => {
        res.resume()
        res.on('end', () =>
          res.statusCode === 200 ? resolve(Number(process.hrtime.bigint() - t) / 1e6) : reject(new Error('upload'))
        )
      }
    )
    req.on('error', reject)
    req.end(body)
  })
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'yimi-bench-audio-'))
  const repo = new SqliteRepository(join(dir, 'cloud.sqlite'))
  const server = createLocalBackend({ repo, filesDir: join(dir, 'files') })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  try {
    const times = async (bytes: number) => {
      const out: number[] = []
      for (let i = 0; i < 20; i++) out.push(await upload(port, Buffer.alloc(bytes, 0xff)))
      return median(out)
    }
    const second = await times(audioBytesFor(1_000))
    const minute = await times(recorded)
    console.log(
      `  local upload, median of 20: 60 s ${minute.toFixed(1)} ms vs 1 s ${second.toFixed(1)} ms (x${(minute / second).toFixed(1)})`
    )
  } finally {
    await new Promise((r) => server.close(r))
    repo.close()
    rmSync(dir, { recursive: true, force: true })
  }

  for (const f of [
    figure({
      id: 'audio.minute',
      section: 'audio',
      label: 'a 60 s recording (recorder settings)',
      value: recorded,
      unit: 'B',
      goal: { op: '<', value: PROMISE },
      basis: '1 MB, the promise of issue 15',
      tolerance: 0
    }),
    figure({
      id: 'audio.limit-headroom',
      section: 'audio',
      label: 'upload limit ÷ a 60 s recording',
      value: AUDIO_LIMITS.maxBytes / recorded,
      unit: '×',
      goal: { op: '>=', value: 1 },
      basis: 'the limit is ≤ 1 MB and a minute fits',
      tolerance: 0
    }),
    figure({
      id: 'audio.limit',
      section: 'audio',
      label: 'upload limit',
      value: AUDIO_LIMITS.maxBytes,
      unit: 'B',
      goal: { op: '<=', value: PROMISE },
      tolerance: 0
    })
  ])
    console.log(line(f))
}

void main().catch((e) => {
  console.error(e)
  process.exit(1)
})
