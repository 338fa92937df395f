// The persisted draft: an old one is brought up to date on load, and the consent goes to the
// server as the text version only (the server records the time itself).
import Taro from '@tarojs/taro'
import { CONSENT_VERSION } from '../domain/suggestions/consent'
import { mapLegacyCommunityCode } from '../domain/migrations/streets-legacy'
import { hasUnsentWork, useSuggestDraftStore } from './useSuggestDraftStore'

// WeChat may delete temporary files on a restart: here, any path with "gone" in it.
jest.mock('../services/files', () => ({ fileExists: (path: string) => !path.includes('gone') }))

// 解放碑 …017 was 公园路 in the old community list.
const OLD_CODE = '500103003017'

describe('suggestion draft store', () => {
  beforeEach(() => Taro.clearStorageSync())

  it('a draft saved by an older app loads with the current community and no earlier consent', async () => {
    Taro.setStorageSync(
      'suggestion-draft',
      JSON.stringify({
        state: {
          id: 'sug-old-1',
          mode: 'child',
          step: 3,
          topic: 'parks_green',
          title: '',
          text: '想要秋千',
          sayWith: 'write',
          photoPaths: [],
          street: '500103003',
          community: OLD_CODE,
          onBehalfOfChild: false,
          contactName: '妈妈',
          contactPhone: '13900139000',
          consentAcceptedAt: '2026-01-01T00:00:00Z'
        },
        version: 0
      })
    )
    await useSuggestDraftStore.persist.rehydrate()
    const d = useSuggestDraftStore.getState()
    expect(d.text).toBe('想要秋千')
    expect(d.community).toBe(mapLegacyCommunityCode(OLD_CODE) ?? undefined)
    expect(d.community).not.toBe(OLD_CODE)
    expect(d.consentAcceptedAt).toBeUndefined()
  })

  it('a draft started from a policy answer, saved before `about` had its name, still says what it is about', async () => {
    const { update: _u, reset: _r, toDraft: _t, about: _a, ...state } = useSuggestDraftStore.getState()
    Taro.setStorageSync(
      'suggestion-draft',
      JSON.stringify({
        state: { ...state, id: 'sug-old-2', prefill: { source: 'policy', refId: 'q3', topic: '托育服务怎么找？' } },
        version: 1
      })
    )
    await useSuggestDraftStore.persist.rehydrate()
    expect(useSuggestDraftStore.getState().prefill).toEqual({
      source: 'policy',
      refId: 'q3',
      about: '托育服务怎么找？'
    })
    // What goes to the server is unchanged: where it started, never the words.
    expect(useSuggestDraftStore.getState().toDraft().input.prefill).toEqual({ source: 'policy', refId: 'q3' })
  })

  it('a restart that took a chosen photo: it leaves the draft, counted for the form to say so', async () => {
    const saved = { ...useSuggestDraftStore.getState(), photoPaths: ['wxfile://tmp/a.jpg', 'wxfile://tmp/gone.jpg'] }
    const { update: _u, reset: _r, toDraft: _t, ...state } = saved
    Taro.setStorageSync('suggestion-draft', JSON.stringify({ state, version: 1 }))
    await useSuggestDraftStore.persist.rehydrate()
    expect(useSuggestDraftStore.getState()).toMatchObject({ photoPaths: ['wxfile://tmp/a.jpg'], lostPhotos: 1 })
    // Every photo still there: nothing to say.
    Taro.setStorageSync(
      'suggestion-draft',
      JSON.stringify({ state: { ...state, photoPaths: ['wxfile://tmp/a.jpg'] }, version: 1 })
    )
    useSuggestDraftStore.setState({ lostPhotos: undefined })
    await useSuggestDraftStore.persist.rehydrate()
    expect(useSuggestDraftStore.getState().lostPhotos).toBeUndefined()
  })

  it('a recording or a drawing WeChat deleted in a restart leaves the draft; one still there stays', async () => {
    const state = {
      ...useSuggestDraftStore.getState(),
      sayWith: 'voice',
      audioPath: 'wxfile://tmp/gone.mp3',
      audioDurationMs: 5_000,
      drawingPath: 'wxfile://tmp/gone.png'
    }
    Taro.setStorageSync('suggestion-draft', JSON.stringify({ state, version: 1 }))
    await useSuggestDraftStore.persist.rehydrate()
    expect(useSuggestDraftStore.getState()).toMatchObject({
      sayWith: 'voice',
      audioPath: undefined,
      audioDurationMs: undefined,
      drawingPath: undefined
    })
    Taro.setStorageSync(
      'suggestion-draft',
      JSON.stringify({ state: { ...state, audioPath: 'wxfile://tmp/v.mp3' }, version: 1 })
    )
    await useSuggestDraftStore.persist.rehydrate()
    expect(useSuggestDraftStore.getState()).toMatchObject({ audioPath: 'wxfile://tmp/v.mp3', audioDurationMs: 5_000 })
  })

  it('sends the consent as its text version only, never the phone’s time', () => {
    useSuggestDraftStore.getState().reset('child')
    useSuggestDraftStore.getState().update({
      topic: 'parks_green',
      text: '想要秋千',
      contactName: '妈妈',
      contactPhone: '13900139000',
      consentAcceptedAt: '2026-01-01T00:00:00Z'
    })
    expect(useSuggestDraftStore.getState().toDraft().input.consent).toEqual({ version: CONSENT_VERSION })
  })

  it('a reset starts afresh: the last drawing or recording never rides along with the next one', () => {
    useSuggestDraftStore.getState().update({
      sayWith: 'voice',
      drawingPath: 'tmp/d.png',
      audioPath: 'tmp/v.mp3',
      audioDurationMs: 5_000,
      ageGroup: '6to9'
    })
    useSuggestDraftStore.getState().reset()
    const d = useSuggestDraftStore.getState()
    for (const key of ['drawingPath', 'audioPath', 'audioDurationMs', 'ageGroup'] as const)
      expect(d[key]).toBeUndefined()
    expect(d.sayWith).toBe('write')
  })

  it('the next suggestion after a send starts empty but remembers who writes, the street and the age', () => {
    useSuggestDraftStore.getState().reset('child')
    useSuggestDraftStore.getState().update({
      topic: 'parks_green',
      text: '想要秋千',
      street: '500103003',
      community: '500103003019',
      ageGroup: '6to9',
      sayWith: 'draw',
      drawingPath: 'tmp/d.png',
      step: 4
    })
    const before = useSuggestDraftStore.getState().id
    useSuggestDraftStore.getState().startNext()
    const d = useSuggestDraftStore.getState()
    expect(d).toMatchObject({ mode: 'child', street: '500103003', community: '500103003019', ageGroup: '6to9' })
    expect(d).toMatchObject({ topic: null, text: '', step: 0, sayWith: 'write' })
    expect(d.drawingPath).toBeUndefined()
    expect(d.id).not.toBe(before)
    expect(hasUnsentWork(d)).toBe(false)
    useSuggestDraftStore.getState().update({ text: '还想要滑梯' })
    expect(hasUnsentWork(useSuggestDraftStore.getState())).toBe(true)
  })

  it('a child’s words and drawing go together; a drawing never rides along with a grown-up’s suggestion', () => {
    useSuggestDraftStore.getState().reset('child')
    useSuggestDraftStore.getState().update({ text: '想要秋千', sayWith: 'write', drawingPath: 'tmp/d.png' })
    expect(useSuggestDraftStore.getState().toDraft()).toMatchObject({
      drawingPath: 'tmp/d.png',
      input: { text: '想要秋千' }
    })
    useSuggestDraftStore.getState().update({ mode: 'adult' })
    expect(useSuggestDraftStore.getState().toDraft()).not.toHaveProperty('drawingPath')
  })

  it('a child’s recording goes into the draft with its length; words typed before are not sent along', () => {
    useSuggestDraftStore.getState().reset('child')
    useSuggestDraftStore
      .getState()
      .update({ text: '写了一半', sayWith: 'voice', audioPath: 'tmp/v.mp3', audioDurationMs: 8_000 })
    const draft = useSuggestDraftStore.getState().toDraft()
    expect(draft).toMatchObject({ audioPath: 'tmp/v.mp3', audioDurationMs: 8_000, input: { text: '' } })
    expect(draft).not.toHaveProperty('drawingPath')
    useSuggestDraftStore.getState().update({ sayWith: 'write' })
    expect(useSuggestDraftStore.getState().toDraft()).not.toHaveProperty('audioPath')
  })
})
