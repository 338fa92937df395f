// 读给我听 on WeChat: the simultaneous-interpretation plugin (WechatSI) turns each piece of text
// (≤ 1,000 bytes, src/domain/speech.ts) into an audio link, played in turn by an
// InnerAudioContext. Offered only when the plugin is configured (env.speechPlugin; app.config
// declares it then): the plugin must be added in the admin console and is no longer maintained.
import Taro from '@tarojs/taro'
import { speechChunks } from '../domain/speech'
import { env } from '../env'

interface TtsSuccess {
  retcode: number
  filename: string
}
interface WechatSI {
  textToSpeech(options: {
    lang: 'zh_CN'
    tts: boolean
    content: string
    success: (r: TtsSuccess) => void
    fail: (r: { retcode: number; msg: string }) => void
  }): void
}

let current: Taro.InnerAudioContext | null = null
// Each speak() takes a turn number; a newer one (or a stop) ends the older one's loop.
let turn = 0

export function canSpeak(): boolean {
  return Boolean(env.speechPlugin)
}

// The plugin's name ships only with the plugin: WeChat's build checks every requirePlugin against
// app.json's plugins (app.config.ts declares WechatSI only when configured). Taro writes
// process.env.TARO_APP_SPEECH_PLUGIN into the code as a literal, so with none configured the
// minifier drops the call, name and all (tests/weapp/plugins.test.ts); env.speechPlugin, an object
// property of another module, cannot be folded that way, hence the one direct read here.
function speechPlugin(): WechatSI {
  if (!process.env.TARO_APP_SPEECH_PLUGIN) throw new Error('tts: no speech plugin configured')
  return Taro.requirePlugin('WechatSI') as WechatSI
}

function synthesize(content: string): Promise<string> {
  const plugin = speechPlugin()
  return new Promise((resolve, reject) =>
    plugin.textToSpeech({
      lang: 'zh_CN',
      tts: true,
      content,
      success: (r) => (r.retcode === 0 && r.filename ? resolve(r.filename) : reject(new Error(`tts ${r.retcode}`))),
      fail: (r) => reject(new Error(`tts ${r.retcode}: ${r.msg}`))
    })
  )
}

function play(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const audio = Taro.createInnerAudioContext()
    current = audio
    const done = (error?: Error) => {
      if (current === audio) current = null
      audio.destroy()
      if (error) reject(error)
      else resolve()
    }
    audio.onEnded(() => done())
    audio.onStop(() => done())
    audio.onError((e) => done(new Error(`audio ${e.errCode}`)))
    audio.src = src
    audio.play()
  })
}

/** Reads the text aloud piece by piece; resolves when it ends or is stopped. */
export async function speak(text: string): Promise<void> {
  stopSpeaking()
  const mine = ++turn
  for (const chunk of speechChunks(text)) {
    const src = await synthesize(chunk)
    if (mine !== turn) return
    await play(src)
    if (mine !== turn) return
  }
}

export function stopSpeaking(): void {
  turn += 1
  current?.stop()
}
