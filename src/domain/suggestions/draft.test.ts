import { adultWithPhotos as adult, drawingOnly, voiceOnly as voice } from '../../../tests/fixtures/drafts'
import {
  draftForValidation,
  isRecording,
  localFiles,
  mapFiles,
  pendingUploads,
  toSubmission,
  withoutFiles,
  type SuggestionDraft
} from './draft'
import { validateSuggestion } from './validate'

const draft: SuggestionDraft = {
  input: {
    id: 'draft-0001-x',
    mode: 'child',
    topic: 'play',
    title: '',
    text: '',
    ageGroup: '6to9',
    onBehalfOfChild: false
  },
  drawingPath: 'blob:drawing',
  photoPaths: ['wxfile://a.jpg']
}

describe('suggestion drafts', () => {
  it('is validated with the server rules before any upload', () => {
    expect(validateSuggestion(draftForValidation(draft)).ok).toBe(true)
    const r = validateSuggestion(draftForValidation({ ...draft, drawingPath: undefined }))
    expect(r.ok ? [] : r.errors.map((e) => e.field)).toEqual(['text'])
  })

  it('becomes a submission only when every image has a file id', () => {
    expect(pendingUploads(draft, {})).toEqual(['blob:drawing', 'wxfile://a.jpg'])
    expect(toSubmission(draft, { 'blob:drawing': 'local://files/d.png' })).toBeNull()
    const s = toSubmission(draft, { 'blob:drawing': 'local://files/d.png', 'wxfile://a.jpg': 'local://files/a.jpg' })
    expect(s).toMatchObject({
      id: 'draft-0001-x',
      drawingFileId: 'local://files/d.png',
      photoFileIds: ['local://files/a.jpg']
    })
    expect(validateSuggestion(s).ok).toBe(true)
  })
})

describe('the local files of a draft', () => {
  it('lists, maps and drops local files', () => {
    expect(localFiles({ ...adult, drawingPath: 'tmp/d.png' })).toEqual(['tmp/d.png', 'tmp/a.jpg', 'tmp/b.jpg'])
    expect(mapFiles(adult, (p) => p.replace('tmp/', 'usr/')).photoPaths).toEqual(['usr/a.jpg', 'usr/b.jpg'])
    expect(withoutFiles(adult, ['tmp/a.jpg']).photoPaths).toEqual(['tmp/b.jpg'])
    expect(withoutFiles(drawingOnly, ['tmp/d.png'])).not.toHaveProperty('drawingPath')
  })

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

  it('drops a lost recording with its length', () => {
    expect(withoutFiles(voice, ['tmp/v.mp3'])).not.toHaveProperty('audioPath')
    expect(withoutFiles(voice, ['tmp/v.mp3'])).not.toHaveProperty('audioDurationMs')
  })
})
