// The microphone and the speaker.
// - RecorderManager.start needs scope.record ("scope.record … RecorderManager.start 麦克风"): the
//   first start asks the user, and a refusal fails it; the microphone is a privacy interface too:
//   https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html
// - wx.authorize({ scope }) asks at once ("调用后会立刻弹窗询问用户是否同意授权"), answers at once
//   when granted before, and fails without asking once refused:
//   https://developers.weixin.qq.com/miniprogram/dev/api/wx.authorize.html
// - onStart fires when recording really begins ("监听录音开始事件"), later than start():
//   https://developers.weixin.qq.com/miniprogram/dev/api/RecorderManager.onStart.html
// - A second start while one is starting or recording fails ("operateRecorder:fail:audio is
//   recording, don't start record again", reported on WeChat's community; not in the docs):
//   https://developers.weixin.qq.com/community/personal/oCJUsw0KmYynk_ihj8keuCgtW_7I/answer
// - stop() before the recording began does not stop it (it was reported to be ignored; newer
//   libraries report an error): here it is ignored and recorded, and the recording then runs on.
// - There is one RecorderManager per mini-program; InnerAudioContext plays only a file that exists.
import type { Device } from './device'
import type { PrivacyGate } from './privacy'

type AnyFn = (...args: unknown[]) => unknown
type Options = { success?: AnyFn; fail?: (e: { errMsg: string; errno?: number }) => void; [k: string]: unknown }

export function installMicrophone(wx: Record<string, unknown>, device: Device, privacy: PrivacyGate): void {
  const on: Record<string, AnyFn> = {}
  let state: 'idle' | 'starting' | 'recording' = 'idle'
  let recording: Record<string, unknown> | null = null
  const prompts: Array<(granted: boolean) => void> = []

  /** Grants or refuses scope.record, asking the user the first time. */
  const askMicrophone = (answer: (granted: boolean) => void) => {
    const { mic } = device
    if (mic.permission !== 'ask') return answer(mic.permission === 'granted')
    prompts.push(answer)
    if (prompts.length > 1) return
    mic.prompts++
    setTimeout(() => {
      mic.permission = mic.willAllow ? 'granted' : 'denied'
      for (const p of prompts.splice(0)) p(mic.willAllow)
    }, mic.promptMs)
  }

  wx.authorize = (o: Options) => {
    if (o.scope !== 'scope.record') return (o.success as AnyFn | undefined)?.({ errMsg: 'authorize:ok' })
    return privacy.gate('authorize:scope.record', o, () =>
      askMicrophone((granted) =>
        granted ? o.success?.({ errMsg: 'authorize:ok' }) : o.fail?.({ errMsg: 'authorize:fail auth deny' })
      )
    )
  }

  const manager = {
    onStart: (cb: AnyFn) => void (on.start = cb),
    onStop: (cb: AnyFn) => void (on.stop = cb),
    onError: (cb: AnyFn) => void (on.error = cb),
    onFrameRecorded: (cb: AnyFn) => void (on.frame = cb),
    start(options: Record<string, unknown>) {
      if (state !== 'idle') {
        device.violations.push('RecorderManager.start: already recording')
        return void setTimeout(() =>
          on.error?.({ errMsg: "operateRecorder:fail:audio is recording, don't start record again" })
        )
      }
      state = 'starting'
      device.mic.starts.push(options)
      privacy.gate(
        'RecorderManager.start',
        {
          fail: (e) => {
            state = 'idle'
            on.error?.(e)
          }
        },
        () =>
          askMicrophone((granted) => {
            if (!granted) {
              state = 'idle'
              return on.error?.({ errMsg: 'operateRecorder:fail auth deny' })
            }
            setTimeout(() => {
              state = 'recording'
              recording = options
              on.start?.()
              on.frame?.({ frameBuffer: Uint8Array.from({ length: 32 }, (_, i) => (i % 2 ? 180 : 70)).buffer })
            }, 0)
          })
      )
    },
    stop() {
      if (state === 'starting') {
        device.violations.push('RecorderManager.stop: before the recording began (ignored)')
        return
      }
      if (state !== 'recording' || !recording) return
      const options = recording
      recording = null
      state = 'idle'
      const durationMs = Math.min(device.mic.nextMs, Number(options.duration ?? 60_000))
      const bytes = Math.round(((durationMs / 1000) * Number(options.encodeBitRate ?? 48_000)) / 8)
      const tempFilePath = device.tempFile(`mp3 ${durationMs} ms`, String(options.format ?? 'aac'))
      setTimeout(() => on.stop?.({ tempFilePath, duration: durationMs, fileSize: bytes }), 0)
    }
  }
  wx.getRecorderManager = () => manager
  wx.setInnerAudioOption = (o: Options = {}) => {
    o.success?.({ errMsg: 'setInnerAudioOption:ok' })
    return Promise.resolve({ errMsg: 'setInnerAudioOption:ok' })
  }
  wx.createInnerAudioContext = () => {
    const ctx = {
      src: '',
      ended: null as AnyFn | null,
      failed: null as AnyFn | null,
      onEnded: (cb: AnyFn) => void (ctx.ended = cb),
      onError: (cb: AnyFn) => void (ctx.failed = cb),
      play() {
        const local = ctx.src.startsWith('wxfile://')
        if (local && !device.files.has(ctx.src)) return void setTimeout(() => ctx.failed?.({ errCode: 10003 }), 0)
        device.mic.played.push(ctx.src)
      },
      stop: () => undefined,
      destroy: () => undefined
    }
    return ctx
  }
}
