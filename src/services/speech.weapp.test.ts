// WeChat's 读给我听 with a fake WechatSI plugin and a fake InnerAudioContext (neither exists in
// any test layer): offered only with a configured plugin; each piece synthesized then played in
// order; a newer read or a stop ends the older one; a plugin failure is an error.
import Taro from '@tarojs/taro'
import { env } from '../env'
import { canSpeak, speak, stopSpeaking } from './speech.weapp'

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { requirePlugin: jest.fn(), createInnerAudioContext: jest.fn() }
}))
jest.mock('../env', () => ({ env: { speechPlugin: '' } }))
const taro = Taro as unknown as Record<'requirePlugin' | 'createInnerAudioContext', jest.Mock>

function fakeAudio(log: string[]) {
  const handlers: Record<string, () => void> = {}
  const audio = {
    src: '',
    onEnded: (f: () => void) => (handlers.ended = f),
    onStop: (f: () => void) => (handlers.stop = f),
    onError: (f: () => void) => (handlers.error = f),
    play: () => {
      log.push(`play ${audio.src}`)
      setTimeout(() => handlers.ended?.())
    },
    stop: () => {
      log.push('stop')
      handlers.stop?.()
    },
    destroy: () => log.push('destroy')
  }
  return audio
}

describe('speech on WeChat', () => {
  let log: string[]
  // What Taro writes into the build when the plugin is configured (.env*).
  const configured = process.env.TARO_APP_SPEECH_PLUGIN
  afterAll(() => {
    if (configured === undefined) delete process.env.TARO_APP_SPEECH_PLUGIN
    else process.env.TARO_APP_SPEECH_PLUGIN = configured
  })
  beforeEach(() => {
    process.env.TARO_APP_SPEECH_PLUGIN = 'wx069ba97219f66d99'
    log = []
    taro.createInnerAudioContext.mockImplementation(() => fakeAudio(log))
    taro.requirePlugin.mockReturnValue({
      textToSpeech: (o: { content: string; success: (r: object) => void; fail: (r: object) => void }) =>
        o.content.includes('坏')
          ? o.fail({ retcode: -20003, msg: 'inner error' })
          : o.success({ retcode: 0, filename: `https://tts/${o.content.length}.mp3` })
    })
  })

  it('is offered only when the plugin is configured', () => {
    ;(env as { speechPlugin: string }).speechPlugin = ''
    expect(canSpeak()).toBe(false)
    ;(env as { speechPlugin: string }).speechPlugin = 'wx069ba97219f66d99'
    expect(canSpeak()).toBe(true)
  })

  it('synthesizes in Chinese and plays each piece in turn', async () => {
    const text = '很长的一句话。'.repeat(60)
    await speak(text)
    expect(taro.requirePlugin).toHaveBeenCalledWith('WechatSI')
    const plays = log.filter((l) => l.startsWith('play'))
    expect(plays.length).toBeGreaterThan(1)
    expect(log.filter((l) => l === 'destroy')).toHaveLength(plays.length)
  })

  it('stops: the current audio stops and no further piece plays', async () => {
    const reading = speak('很长的一句话。'.repeat(60))
    await new Promise((r) => setTimeout(r))
    stopSpeaking()
    await reading
    expect(log.filter((l) => l.startsWith('play'))).toHaveLength(1)
    expect(log).toContain('stop')
  })

  it('without a configured plugin, never asks WeChat for one', async () => {
    process.env.TARO_APP_SPEECH_PLUGIN = ''
    taro.requirePlugin.mockClear()
    await expect(speak('滑梯。')).rejects.toThrow('no speech plugin')
    expect(taro.requirePlugin).not.toHaveBeenCalled()
  })

  it('a plugin failure rejects (the button says it cannot read now)', async () => {
    await expect(speak('滑梯坏了。')).rejects.toThrow('tts -20003')
  })
})
