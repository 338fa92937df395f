// The suggestions function through its real WeChat entry (index.ts → server/adapters/wechat.ts),
// with wx-server-sdk faked as WeChat documents it (tests/cloud/wx-server-sdk-fake.ts): the
// openapi permissions of its config.json, temporary links that expire, and the 消息推送 of an
// audio check's verdict as the event WeChat sends.
import { STREET, COMMUNITY_A, childInA } from '../../tests/server/test-kit'
import { UNDECLARED_OPENAPI, fakeWxServerSdk, type FakeWxServerSdk } from '../../tests/cloud/wx-server-sdk-fake'

type Main = (event: unknown) => Promise<any>

function loadEntry(wx: FakeWxServerSdk): Main {
  let main: Main | undefined
  jest.isolateModules(() => {
    jest.doMock('wx-server-sdk', () => wx.sdk)
    main = require('./index').main
  })
  return main!
}

// security.mediaCheckAsync: "异步检测结果在 30 分钟内会推送"; the checker downloads the file
// before it answers (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html).
const PUSH_WITHIN_MS = 30 * 60_000

/** The push of a verdict as mediaCheckAsync's document shows it (version 2, JSON). */
const mediaCheckPush = (traceId: string, suggest: 'pass' | 'risky' | 'review') => ({
  ToUserName: 'gh_38cc49f9733b',
  FromUserName: 'oH1fu0FdHqpToe2T6gBj0WyB8iS1',
  CreateTime: 1626959646,
  MsgType: 'event',
  Event: 'wxa_media_check',
  appid: 'wx8f16a5e4e3a3a3a3',
  trace_id: traceId,
  version: 2,
  detail: [{ strategy: 'content_model', errcode: 0, suggest, label: suggest === 'pass' ? 100 : 20001, prob: 90 }],
  errcode: 0,
  errmsg: 'ok',
  result: { suggest, label: suggest === 'pass' ? 100 : 20001 }
})

async function submitRecording(wx: FakeWxServerSdk, main: Main, id: string) {
  wx.as('o-child-1')
  const slot = await main({ action: 'uploadSlot', ext: 'mp3' })
  expect(slot).toMatchObject({ ok: true })
  const audioFileId = `cloud://${wx.env}.7969-${wx.env}-1300000000/${slot.data.cloudPath}`
  const submitted = await main({
    action: 'submit',
    suggestion: {
      ...childInA,
      id,
      text: '',
      street: STREET,
      community: COMMUNITY_A,
      audioFileId,
      audioDurationMs: 9_000
    }
  })
  expect(submitted).toMatchObject({ ok: true, data: { visibility: 'pending_review' } })
  return audioFileId
}

describe('suggestions on WeChat: the audio check', () => {
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => {}))
  afterEach(() => jest.restoreAllMocks())

  it('starts with a link that outlives the check, and records the verdict WeChat pushes', async () => {
    const wx = fakeWxServerSdk({ functionName: 'suggestions' })
    const main = loadEntry(wx)
    const audioFileId = await submitRecording(wx, main, 'voice-wx-0001')

    const checks = wx.calls.filter((c) => c.name === 'security.mediaCheckAsync')
    expect(checks).toHaveLength(1)
    const [check] = checks
    expect(check.options).toMatchObject({ mediaType: 1, version: 2, openid: 'o-child-1' })
    const link = wx.links.get(check.options.mediaUrl as string)
    expect(link?.fileID).toBe(audioFileId)
    expect(link!.expiresAtMs - check.atMs).toBeGreaterThanOrEqual(PUSH_WITHIN_MS)

    // The push is WeChat's, not a user's call.
    wx.as('')
    const pushed = await main(mediaCheckPush(check.answer.traceId as string, 'pass'))
    expect(pushed).toEqual({ ok: true, data: { recorded: true } })
    const [row] = wx.db.dump('suggestions')
    expect(row).toMatchObject({ _id: 'voice-wx-0001', visibility: 'visible', audioCheck: { verdict: 'pass' } })
    // Repeated by WeChat: nothing changes.
    expect(await main(mediaCheckPush(check.answer.traceId as string, 'risky'))).toEqual({
      ok: true,
      data: { recorded: false }
    })
  })

  it('a risky verdict blocks the suggestion', async () => {
    const wx = fakeWxServerSdk({ functionName: 'suggestions' })
    const main = loadEntry(wx)
    await submitRecording(wx, main, 'voice-wx-0002')
    const [check] = wx.calls.filter((c) => c.name === 'security.mediaCheckAsync')
    wx.as('')
    await main(mediaCheckPush(check.answer.traceId as string, 'risky'))
    expect(wx.db.dump('suggestions')[0]).toMatchObject({ visibility: 'blocked', audioCheck: { verdict: 'risky' } })
  })

  it('undeclared in config.json, the check is refused as WeChat refuses it, and a person listens', async () => {
    const wx = fakeWxServerSdk({ functionName: 'suggestions', declared: ['security.msgSecCheck'] })
    const main = loadEntry(wx)
    await submitRecording(wx, main, 'voice-wx-0003')
    expect(wx.calls.filter((c) => c.name === 'security.mediaCheckAsync')).toEqual([])
    expect(console.error).toHaveBeenCalledWith(
      '[content-check] mediaCheckAsync',
      expect.objectContaining({ errCode: UNDECLARED_OPENAPI })
    )
    expect(wx.db.dump('suggestions')[0]).toMatchObject({
      visibility: 'pending_review',
      audioCheck: { verdict: 'review' }
    })
    expect(wx.db.dump('media_checks')).toEqual([])
  })
})
