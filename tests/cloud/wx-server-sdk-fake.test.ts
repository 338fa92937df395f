// The fake wx-server-sdk refuses what WeChat refuses (see its header for the documents).
import { UNDECLARED_OPENAPI, declaredOpenapi, fakeWxServerSdk } from './wx-server-sdk-fake'

type Openapi = Record<string, Record<string, (o: object) => Promise<Record<string, unknown>>>>

describe('the fake wx-server-sdk', () => {
  it('reads each function’s permissions.openapi from its config.json', () => {
    expect(declaredOpenapi('staff')).toEqual(expect.arrayContaining(['subscribeMessage.send', 'security.msgSecCheck']))
    expect(declaredOpenapi('policy')).toEqual([])
  })

  it('refuses an openapi call the function does not declare, with errCode -604101', async () => {
    const wx = fakeWxServerSdk({ functionName: 'policy' })
    const openapi = wx.sdk.openapi as Openapi
    await expect(
      openapi.security.msgSecCheck({ content: 'x', version: 2, scene: 2, openid: 'o' })
    ).rejects.toMatchObject({
      errCode: UNDECLARED_OPENAPI,
      errMsg: 'openapi.security.msgSecCheck:fail system error: error code: -604101'
    })
    expect(wx.calls).toEqual([])
  })

  it('answers a declared call with WeChat’s success shape and records it', async () => {
    const wx = fakeWxServerSdk({ functionName: 'x', declared: ['security.mediaCheckAsync'] })
    const openapi = wx.sdk.openapi as Openapi
    const r = await openapi.security.mediaCheckAsync({ mediaUrl: 'https://a/b.mp3', mediaType: 1, version: 2 })
    expect(r).toMatchObject({ errCode: 0, traceId: expect.any(String) })
    expect(wx.calls.map((c) => c.name)).toEqual(['security.mediaCheckAsync'])
    await expect(openapi.subscribeMessage.send({})).rejects.toMatchObject({ errCode: UNDECLARED_OPENAPI })
  })

  it('hands out links that stop working after maxAge (ten minutes without one)', async () => {
    const t = 1_000_000
    const wx = fakeWxServerSdk({ functionName: 'x', declared: [], now: () => t })
    const getTempFileURL = wx.sdk.getTempFileURL as (o: object) => Promise<{ fileList: any[] }>
    const id = `cloud://${wx.env}.bucket/suggestions/a.mp3`
    const r = await getTempFileURL({ fileList: [{ fileID: id, maxAge: 3600 }, id, 'cloud://other-env.b/x.mp3'] })
    expect(r.fileList.map((f) => f.status)).toEqual([0, 0, -1])
    expect(wx.links.get(r.fileList[0].tempFileURL)).toEqual({ fileID: id, expiresAtMs: t + 3_600_000 })
    expect(wx.links.get(r.fileList[1].tempFileURL)?.expiresAtMs).toBe(t + 600_000)
  })
})
