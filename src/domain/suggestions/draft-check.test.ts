// Lost files of a queued suggestion: what the author is told, and whether it can go without them.
import { adultWithPhotos as adult, drawingOnly, voiceOnly as voice } from '../../../tests/fixtures/drafts'
import { missingFilesMessage } from './draft'
import { missingFilesAdvice, validSubmissionWithout } from './draft-check'

describe('files gone from the phone', () => {
  it('tells the author what is gone and what they can do, in Chinese', () => {
    expect(missingFilesMessage(adult, ['tmp/a.jpg'])).toBe('1 张照片已经不在手机上了（微信会清理临时文件）。')
    expect(missingFilesAdvice(adult, ['tmp/a.jpg'])).toBe('可以不带它发送，或重新添加照片。')
    // A drawing-only child suggestion is empty without its drawing: it cannot go without it.
    expect(validSubmissionWithout(drawingOnly, ['tmp/d.png'])).toBe(false)
    expect(missingFilesMessage(drawingOnly, ['tmp/d.png'])).toBe('画已经不在手机上了（微信会清理临时文件）。')
    expect(missingFilesAdvice(drawingOnly, ['tmp/d.png'])).toBe('请删掉这条，重新写一条。')
  })

  it('a lost recording leaves nothing to send: the author records again', () => {
    expect(validSubmissionWithout(voice, ['tmp/v.mp3'])).toBe(false)
    expect(missingFilesMessage(voice, ['tmp/v.mp3'])).toBe('录音已经不在手机上了（微信会清理临时文件）。')
    expect(missingFilesAdvice(voice, ['tmp/v.mp3'])).toBe('请删掉这条，重新写一条。')
    const withText = { ...voice, input: { ...voice.input, text: '想要秋千' } }
    expect(missingFilesAdvice(withText, ['tmp/v.mp3'])).toBe('可以不带它发送。')
  })
})
