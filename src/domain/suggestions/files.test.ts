// Lost images in the outbox: what the author is told, and the two ways on (send without, re-add).
import { cloudError } from '../errors'
import {
  draftForValidation,
  isRecording,
  localFiles,
  mapFiles,
  missingFilesMessage,
  pendingUploads,
  toSubmission,
  withoutFiles,
  type SuggestionDraft
} from './draft'
import { missingFilesAdvice, validSubmissionWithout } from './draft-check'
import { validateSuggestion } from './validate'
import { VOICE_CONSENT_VERSION } from './consent'
import { enqueue, markFilesMissing, markSending, markSent, replacePayload } from './outbox'

const adult: SuggestionDraft = {
  input: {
    id: 'sug-files-0001',
    mode: 'adult',
    topic: 'safety',
    title: '学校门口需要护学岗',
    text: '上学时车很多，希望有人帮小朋友过马路。',
    onBehalfOfChild: false
  },
  photoPaths: ['tmp/a.jpg', 'tmp/b.jpg']
}
const drawingOnly: SuggestionDraft = {
  input: {
    id: 'sug-files-0002',
    mode: 'child',
    topic: 'play',
    title: '',
    text: '',
    ageGroup: '6to9',
    onBehalfOfChild: false
  },
  drawingPath: 'tmp/d.png',
  photoPaths: []
}

describe('files of a queued suggestion', () => {
  it('lists, maps and drops local files', () => {
    expect(localFiles({ ...adult, drawingPath: 'tmp/d.png' })).toEqual(['tmp/d.png', 'tmp/a.jpg', 'tmp/b.jpg'])
    expect(mapFiles(adult, (p) => p.replace('tmp/', 'usr/')).photoPaths).toEqual(['usr/a.jpg', 'usr/b.jpg'])
    expect(withoutFiles(adult, ['tmp/a.jpg']).photoPaths).toEqual(['tmp/b.jpg'])
    expect(withoutFiles(drawingOnly, ['tmp/d.png'])).not.toHaveProperty('drawingPath')
  })

  it('tells the author what is gone and what they can do, in Chinese', () => {
    expect(missingFilesMessage(adult, ['tmp/a.jpg'])).toBe('1 张照片已经不在手机上了（微信会清理临时文件）。')
    expect(missingFilesAdvice(adult, ['tmp/a.jpg'])).toBe('可以不带它发送，或重新添加照片。')
    // A drawing-only child suggestion is empty without its drawing: it cannot go without it.
    expect(validSubmissionWithout(drawingOnly, ['tmp/d.png'])).toBe(false)
    expect(missingFilesMessage(drawingOnly, ['tmp/d.png'])).toBe('画已经不在手机上了（微信会清理临时文件）。')
    expect(missingFilesAdvice(drawingOnly, ['tmp/d.png'])).toBe('请删掉这条，重新写一条。')
  })

  it('a missing file ends in 发送失败 until the author changes the payload; then it is due at once', () => {
    let items = markSending(enqueue([], adult.input.id, adult, 1), adult.input.id)
    items = markFilesMissing(items, adult.input.id, ['tmp/a.jpg'], cloudError('VALIDATION', 'gone', 'photos'))
    expect(items[0]).toMatchObject({ state: 'failed', missingFiles: ['tmp/a.jpg'] })
    items = replacePayload(items, adult.input.id, withoutFiles(adult, ['tmp/a.jpg']), 50)
    expect(items[0]).toMatchObject({ state: 'pending', nextAttemptAt: 50, missingFiles: undefined, error: undefined })
    expect(items[0].payload.photoPaths).toEqual(['tmp/b.jpg'])
    // A sent item never changes.
    const sent = markSent(items, adult.input.id, { status: 'submitted', createdAt: 'x' })
    expect(replacePayload(sent, adult.input.id, adult, 60)).toEqual(sent)
    expect(markFilesMissing(sent, adult.input.id, ['x'], cloudError('VALIDATION'))).toEqual(sent)
  })
})

describe('a queued recording', () => {
  const voice: SuggestionDraft = {
    input: { ...drawingOnly.input, id: 'sug-files-0003', voiceConsent: { version: VOICE_CONSENT_VERSION } },
    photoPaths: [],
    audioPath: 'tmp/v.mp3',
    audioDurationMs: 9_000
  }

  it('is a local file like a drawing: listed, mapped, uploaded, then submitted with its length', () => {
    expect(localFiles(voice)).toEqual(['tmp/v.mp3'])
    expect(isRecording(voice, 'tmp/v.mp3')).toBe(true)
    expect(mapFiles(voice, (p) => `kept/${p}`).audioPath).toBe('kept/tmp/v.mp3')
    expect(pendingUploads(voice, {})).toEqual(['tmp/v.mp3'])
    expect(toSubmission(voice, {})).toBeNull()
    expect(toSubmission(voice, { 'tmp/v.mp3': 'cloud://env.x/suggestions/2026-11-28/a.mp3' })).toMatchObject({
      audioFileId: 'cloud://env.x/suggestions/2026-11-28/a.mp3',
      audioDurationMs: 9_000
    })
    expect(validateSuggestion(draftForValidation(voice)).ok).toBe(true)
  })

  it('when lost, nothing is left to send: the author records again', () => {
    expect(withoutFiles(voice, ['tmp/v.mp3'])).not.toHaveProperty('audioPath')
    expect(withoutFiles(voice, ['tmp/v.mp3'])).not.toHaveProperty('audioDurationMs')
    expect(validSubmissionWithout(voice, ['tmp/v.mp3'])).toBe(false)
    expect(missingFilesMessage(voice, ['tmp/v.mp3'])).toBe('录音已经不在手机上了（微信会清理临时文件）。')
    expect(missingFilesAdvice(voice, ['tmp/v.mp3'])).toBe('请删掉这条，重新写一条。')
    const withText = { ...voice, input: { ...voice.input, text: '想要秋千' } }
    expect(missingFilesAdvice(withText, ['tmp/v.mp3'])).toBe('可以不带它发送。')
  })
})
