// The texts people read about retention say what the retention table (and so the purge) does.
import { CONSENT_TEXT } from './consent'
import {
  ORPHAN_UPLOAD_DAYS,
  POLL_ANSWER_RETENTION_DAYS,
  RETENTION_RULES,
  SUPPORT_RETENTION_DAYS,
  UNTOUCHED_DAYS
} from './retention'
import { ANSWERED_STATUSES } from './status'
import { STATUSES } from './model'
import { SIGNUP_RETENTION_DAYS } from '../activities/retention'
import { VISIT_RETENTION_DAYS, VISIT_UNANSWERED_DAYS } from '../places/visit-retention'
import { periodsFor, retentionParagraph, retentionSentence } from './retention-text'

const days = (id: string) => RETENTION_RULES.find((r) => r.id === id)!.days

describe('retention texts', () => {
  it('take each period from the table', () => {
    expect(periodsFor('contact')).toMatchObject({
      finishedDays: days('finished-personal'),
      untouchedDays: UNTOUCHED_DAYS
    })
    expect(periodsFor('location').finishedDays).toBe(days('finished-personal'))
    expect(periodsFor('images').finishedDays).toBe(days('finished-images'))
    expect(periodsFor('voice').finishedDays).toBe(days('finished-personal'))
  })

  it('the guardian’s consent states the contact periods and every finished state', () => {
    expect(CONSENT_TEXT.howLong).toBe(retentionSentence('contact'))
    expect(CONSENT_TEXT.howLong).toContain(`${days('finished-personal')} 天`)
    expect(CONSENT_TEXT.howLong).toContain(`${UNTOUCHED_DAYS} 天`)
    for (const s of ANSWERED_STATUSES) expect(CONSENT_TEXT.howLong).toContain(STATUSES[s])
  })

  it('the privacy page names each kind with its own period', () => {
    const text = retentionParagraph()
    expect(text).toContain(
      `联系人称呼和手机号码、精确位置（地图上选的点或手机定位）、小朋友的录音、回答“解决了吗”时写的话和画的画、建议和回复文字里像个人信息的内容（姓名、电话、学校、门牌）在建议已答复、不予采纳或已办结后保存 ${days('finished-personal')} 天`
    )
    expect(text).toContain(
      `照片和画、建议和你的微信账号的关联（在“我的”里能看到它、收到回复）在建议已答复、不予采纳或已办结后保存 ${days('finished-images')} 天`
    )
    expect(days('finished-author')).toBe(days('finished-images'))
    expect(text).toContain(`“我也想要”记住是谁点的 ${SUPPORT_RETENTION_DAYS} 天，之后只保留票数`)
    expect(POLL_ANSWER_RETENTION_DAYS).toBe(0)
    expect(text).toContain('快问快答记住谁选了哪一项，到投票结束、最后一次计票后删除，之后只保留每一项的票数')
    expect(text).toContain('文件删除时，谁上传了它的记录一并删除')
    expect(text).toContain('我的 → 我的数据')
    expect(text).toContain(`${UNTOUCHED_DAYS} 天里没有任何处理的建议`)
    expect(text).toContain(`上传了却没有随建议提交的图片和录音，${ORPHAN_UPLOAD_DAYS} 天后删除`)
    expect(text).toContain('文字里像个人信息的内容换成“【已隐去】”')
    expect(text).toContain(
      `活动报名时留的家长称呼、手机号码和孩子年龄，在活动结束 ${SIGNUP_RETENTION_DAYS} 天后删除（活动取消的，按原定的结束时间算）`
    )
    expect(text).toContain(
      `预约参观托育机构时留的家长称呼、手机号码和孩子年龄，答复或撤回 ${VISIT_RETENTION_DAYS} 天后删除，没有答复的 ${VISIT_UNANSWERED_DAYS} 天后删除`
    )
  })
})
