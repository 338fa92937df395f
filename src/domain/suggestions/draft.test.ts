import { draftForValidation, pendingUploads, toSubmission, type SuggestionDraft } from './draft'
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
