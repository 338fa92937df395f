import { SIGNUP_RETENTION_DAYS } from '../activities/retention'
import { VISIT_RETENTION_DAYS } from '../places/visit-retention'
import { VOICE_CONSENT_TEXT } from './consent'
import { childrenRules } from './children-rules'
import { councilSentence, pollAnswerSentence, retentionSentence } from './retention-text'

describe('儿童个人信息保护规则', () => {
  const rules = childrenRules()
  const text = rules.map((r) => `${r.title}${r.body}`).join('\n')

  it('says what is collected, why, when the guardian agrees, what is public, how long and how to delete', () => {
    expect(rules.map((r) => r.title)).toEqual([
      '这份规则管什么',
      '从孩子那里收集什么',
      '为什么收集',
      '什么时候请家长同意',
      '什么会公开',
      '保存多久',
      '家长怎样查看和删除'
    ])
  })

  it('promises the periods the retention table keeps and the consent texts say', () => {
    expect(text).toContain(retentionSentence('voice'))
    expect(text).toContain(retentionSentence('contact'))
    expect(text).toContain(VOICE_CONSENT_TEXT.why)
    expect(text).toContain('我的 → 我的数据')
    // 快问快答: what a child's answer keeps, and for how long (the retention table's rule).
    expect(text).toContain('小朋友参加快问快答时，只记下选了哪一项、是小朋友在投票，不问姓名和年龄。')
    expect(text).toContain(pollAnswerSentence())
    expect(text).toContain(councilSentence())
    expect(text).toContain('家长替孩子报名活动、预约参观托育机构时，由家长填写孩子的年龄')
    // Their periods are the retention tables' figures, not numbers written into the sentence.
    expect(text).toContain(`活动结束 ${SIGNUP_RETENTION_DAYS} 天后、预约答复或撤回 ${VISIT_RETENTION_DAYS} 天后删除`)
  })
})
