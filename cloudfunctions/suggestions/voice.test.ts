// A child's recording on the server: stored as a file id and a length, checked asynchronously
// (the row waits as pending_review until the verdict or a person), deleted with the author's data
// and by the retention table, and never anywhere public.
import { existsSync } from 'node:fs'
import { localWordListChecker, mediaCheckPush, wechatChecker } from '../../server/adapters/content-check'
import { TEST_FILES_DIR, fixtureFile } from '../../tests/server/test-context'
import { DAY_MS } from '../../src/domain/clock'
import type { RetainedSuggestion } from '../../src/domain/suggestions/retention'
import { purgeExpired } from '../purge/handler'
import { localFileStorage } from '../../server/adapters/file-storage'
import { WHO, childInA, staffKit, type StaffKit } from '../../tests/server/test-kit'
import type { MediaCheckRecord } from './media-check'

const recording = (ext = 'mp3') => fixtureFile(ext, 'ID3')

describe('voice suggestions on the server', () => {
  let k: StaffKit
  const kid = WHO.citizen
  beforeEach(async () => {
    k = staffKit()
    await k.seed()
  })
  afterEach(() => k.cleanup())

  const submitVoice = async (id: string, extra: object = {}) => {
    const audio = recording()
    const r = await k.submit(kid, {
      ...childInA,
      id,
      text: '',
      audioFileId: audio.id,
      audioDurationMs: 14_000,
      ...extra
    })
    expect(r).toMatchObject({ ok: true, data: { visibility: 'pending_review' } })
    const [check] = await k.repo.collection<MediaCheckRecord>('media_checks').find({ suggestionId: id })
    return { audio, traceId: check._id }
  }
  const verdict = (traceId: string, suggest: string) =>
    k.citizen(WHO.anonymous as unknown as string, 'mediaChecked', { traceId, suggest })

  it('stores the file id and length, waits for the check, and tells no client the trace id', async () => {
    const { audio, traceId } = await submitVoice('voice-0001')
    const stored = (await k.stored('voice-0001'))!
    expect(stored).toMatchObject({ audioFileId: audio.id, audioDurationMs: 14_000, visibility: 'pending_review' })
    expect(stored.audioCheck).toEqual({ requestedAt: '2026-11-28T02:00:00.000Z', text: 'pass' })
    const mine = await k.citizen(kid, 'get', { id: 'voice-0001' })
    expect(mine).toMatchObject({ ok: true, data: { audioFileId: audio.id } })
    const staff = await k.call('workerA', 'get', { id: 'voice-0001' })
    expect(staff).toMatchObject({ ok: true, data: { audioFileId: audio.id, audioDurationMs: 14_000 } })
    for (const r of [mine, staff]) {
      expect(JSON.stringify(r)).not.toContain(traceId)
      expect(r.ok && r.data).not.toHaveProperty('audioCheck.traceId')
    }
    expect(JSON.stringify(mine)).not.toContain('audioCheck')
  })

  it('a pass makes it visible; risky blocks it; a repeat or an unknown trace id changes nothing', async () => {
    const a = await submitVoice('voice-0002')
    expect(await verdict('made-up-trace', 'pass')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await k.stored('voice-0002'))!.visibility).toBe('pending_review')
    expect(await verdict(a.traceId, 'pass')).toEqual({ ok: true, data: { recorded: true } })
    expect(await k.stored('voice-0002')).toMatchObject({
      visibility: 'visible',
      audioCheck: { verdict: 'pass', verdictAt: '2026-11-28T02:00:00.000Z' },
      updatedAt: '2026-11-28T02:00:00.000Z'
    })
    expect(await verdict(a.traceId, 'risky')).toEqual({ ok: true, data: { recorded: false } })
    expect((await k.stored('voice-0002'))!.visibility).toBe('visible')

    const b = await submitVoice('voice-0003', { id: 'voice-0003' })
    await verdict(b.traceId, 'risky')
    expect((await k.stored('voice-0003'))!.visibility).toBe('blocked')

    // A doubt, or a verdict WeChat could not give, leaves it for a person.
    const c = await submitVoice('voice-0004')
    await verdict(c.traceId, 'review')
    expect((await k.stored('voice-0004'))!.visibility).toBe('pending_review')
  })

  it('a person may decide before the verdict arrives, and their decision stands', async () => {
    const { traceId } = await submitVoice('voice-0005')
    const approved = await k.call('workerA', 'moderate', { id: 'voice-0005', op: 'approve' })
    expect(approved).toMatchObject({ ok: true, data: { visibility: 'visible' } })
    await verdict(traceId, 'risky')
    expect((await k.stored('voice-0005'))!.visibility).toBe('visible')
  })

  it('text the check doubts, or a photo, still waits for a person after the audio passes', async () => {
    const { traceId } = await submitVoice('voice-0006', { text: '加我微信号' })
    await verdict(traceId, 'pass')
    expect((await k.stored('voice-0006'))!.visibility).toBe('pending_review')
  })

  it('a check that cannot start (WeChat refused the call) is left to a person at once', async () => {
    const spy = jest.spyOn(localWordListChecker, 'startAudioCheck').mockResolvedValueOnce(null)
    const audio = recording()
    const r = await k.submit(kid, { ...childInA, id: 'voice-0007', audioFileId: audio.id, audioDurationMs: 3_000 })
    spy.mockRestore()
    expect(r).toMatchObject({ ok: true, data: { visibility: 'pending_review' } })
    expect((await k.stored('voice-0007'))!.audioCheck).toMatchObject({ verdict: 'review' })
    expect(await k.repo.collection('media_checks').find({ suggestionId: 'voice-0007' })).toEqual([])
  })

  it('refuses a recording someone else uploaded', async () => {
    const audio = recording()
    const r = await k.citizen(kid, 'submit', {
      suggestion: { ...childInA, id: 'voice-0008', audioFileId: audio.id, audioDurationMs: 3_000 }
    })
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'audioFileId' } })
  })

  it('a child under 14 records only with the guardian’s agreement, kept with the row and gone with the voice', async () => {
    const audio = recording()
    const { voiceConsent: _agreed, ...withoutAgreement } = childInA
    const refused = await k.submit(kid, {
      ...withoutAgreement,
      id: 'voice-0010',
      audioFileId: audio.id,
      audioDurationMs: 3_000
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'voiceConsent' } })
    expect(await k.stored('voice-0010')).toBeNull()
    await submitVoice('voice-0011')
    expect((await k.stored('voice-0011'))!.voiceConsent).toMatchObject({ version: childInA.voiceConsent.version })
    await k.citizen(kid, 'deleteMyData', { id: 'voice-0011' })
    expect(await k.stored('voice-0011')).not.toHaveProperty('voiceConsent')
  })

  it('the author’s deletion removes the file, the length and the transcript', async () => {
    const { audio } = await submitVoice('voice-0009')
    await k.call('workerA', 'moderate', { id: 'voice-0009', op: 'transcribe', transcript: '我想要一个秋千' })
    expect((await k.stored('voice-0009'))!.transcript).toBe('我想要一个秋千')
    expect(existsSync(audio.path)).toBe(true)
    const r = await k.citizen(kid, 'deleteMyData', { id: 'voice-0009' })
    expect(r).toMatchObject({ ok: true })
    const stored = (await k.stored('voice-0009'))!
    for (const f of ['audioFileId', 'audioDurationMs', 'transcript']) expect(stored).not.toHaveProperty(f)
    expect(existsSync(audio.path)).toBe(false)
  })

  it('the purge deletes the recording 180 days after the answer', async () => {
    const { audio } = await submitVoice('voice-0010')
    const answeredAt = '2026-12-01T00:00:00.000Z'
    const col = k.repo.collection<RetainedSuggestion>('suggestions')
    const s = (await col.get('voice-0010'))!
    await col.put({
      ...s,
      status: 'answered',
      history: [...s.history, { status: 'answered', at: answeredAt, by: '工作人员' }],
      updatedAt: answeredAt
    })
    const files = localFileStorage(k.repo, TEST_FILES_DIR)
    await purgeExpired(k.repo, files, new Date(Date.parse(answeredAt) + 179 * DAY_MS))
    expect(existsSync(audio.path)).toBe(true)
    await purgeExpired(k.repo, files, new Date(Date.parse(answeredAt) + 181 * DAY_MS))
    expect(existsSync(audio.path)).toBe(false)
    const purged = (await col.get('voice-0010'))!
    expect(purged).not.toHaveProperty('audioFileId')
    expect(purged.purged).toHaveProperty('voice')
  })

  it('the public board shows the staff’s transcript once approved, never the recording', async () => {
    const { traceId, audio } = await submitVoice('voice-0012', { title: '秋千' })
    await verdict(traceId, 'pass')
    const noAudio = await k.submit(kid, { ...childInA, id: 'voice-0013' })
    expect(noAudio).toMatchObject({ ok: true })
    expect(
      await k.call('workerA', 'moderate', { id: 'voice-0013', op: 'transcribe', transcript: '说了' })
    ).toMatchObject({
      ok: false,
      error: { field: 'transcript' }
    })
    expect(await k.call('workerA', 'moderate', { id: 'voice-0012', op: 'transcribe', transcript: ' ' })).toMatchObject({
      ok: false,
      error: { field: 'transcript' }
    })
    const typed = await k.call('workerA', 'moderate', {
      id: 'voice-0012',
      op: 'transcribe',
      transcript: '公园里想要秋千'
    })
    expect(typed).toMatchObject({ ok: true, data: { transcript: '公园里想要秋千' } })
    // The approver approves the words the board would show: here the transcript.
    expect(await k.call('street', 'publish', { id: 'voice-0012', title: '秋千', text: '' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' }
    })
    expect(
      await k.call('street', 'publish', { id: 'voice-0012', title: '秋千', text: '公园里想要秋千' })
    ).toMatchObject({ ok: true, data: { publication: 'approved' } })
    await k.repo.collection('suggestions').update('voice-0012', { status: 'adopted' })
    const board = await k.citizen('dev-someone-else', 'listPublic', {})
    expect(board).toMatchObject({ ok: true })
    const card = board.ok && board.data.items.find((i: { id: string }) => i.id === 'voice-0012')
    expect(card).toMatchObject({ title: '秋千', text: '公园里想要秋千' })
    expect(JSON.stringify(board)).not.toContain(audio.id)
    expect(JSON.stringify(board)).not.toContain('audio')
    // Changed words go back to waiting for a person's approval.
    await k.call('workerA', 'moderate', { id: 'voice-0012', op: 'transcribe', transcript: '公园里想要两个秋千' })
    expect((await k.stored('voice-0012'))!.publication).toBe('pending')
  })

  it('hands staff and the author a short-lived link to play it', async () => {
    const { audio } = await submitVoice('voice-0011')
    const name = audio.id.slice('local://files/'.length)
    const mine = await k.citizen(kid, 'imageUrls', { id: 'voice-0011' })
    const link = expect.stringMatching(new RegExp(`^/cloud/_files/${name}\\?exp=\\d+&sig=`))
    expect(mine).toMatchObject({ ok: true, data: { audio: link } })
    const staff = await k.call('workerA', 'imageUrls', { id: 'voice-0011' })
    expect(staff).toMatchObject({ ok: true, data: { audio: link } })
  })
})

describe('WeChat’s asynchronous audio check', () => {
  it('starts with a link, media type audio, version 2, and answers the trace id (either spelling)', async () => {
    const calls: object[] = []
    const checker = wechatChecker({
      security: {
        msgSecCheck: async () => ({}),
        mediaCheckAsync: async (o: object) => {
          calls.push(o)
          return calls.length === 1 ? { traceId: 't-1' } : { trace_id: 't-2' }
        }
      }
    })
    expect(await checker.startAudioCheck('https://tmp.example/a.mp3', 'o-1')).toEqual({ traceId: 't-1' })
    expect(await checker.startAudioCheck('https://tmp.example/a.mp3', 'o-1')).toEqual({ traceId: 't-2' })
    expect(calls[0]).toMatchObject({ mediaUrl: 'https://tmp.example/a.mp3', mediaType: 1, version: 2, openid: 'o-1' })
    const failing = wechatChecker({
      security: {
        msgSecCheck: async () => ({}),
        mediaCheckAsync: async () => {
          throw new Error('-604101')
        }
      }
    })
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {})
    expect(await failing.startAudioCheck('https://tmp.example/a.mp3', 'o-1')).toBeNull()
    spy.mockRestore()
  })

  it('turns the wxa_media_check push into the mediaChecked action; anything else passes by', () => {
    const push = {
      ToUserName: 'gh_x',
      FromUserName: 'o-1',
      MsgType: 'event',
      Event: 'wxa_media_check',
      trace_id: '690b03d2-301f6111-35ffbd44',
      version: 2,
      result: { suggest: 'risky', label: '20001' }
    }
    expect(mediaCheckPush(push)).toEqual({ action: 'mediaChecked', traceId: push.trace_id, suggest: 'risky' })
    expect(mediaCheckPush({ ...push, result: undefined })).toMatchObject({ suggest: 'review' })
    expect(mediaCheckPush({ action: 'submit' })).toBeNull()
    expect(mediaCheckPush(null)).toBeNull()
  })
})
