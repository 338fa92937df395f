import { describeAudit } from './audit-view'

describe('describeAudit', () => {
  it('says who opened which contact, why and when (China time)', () => {
    expect(
      describeAudit({
        id: 'a1',
        kind: 'open_contact',
        at: '2026-11-28T16:30:00.000Z',
        actorName: '王社工',
        actorRole: 'community_worker',
        suggestionId: 'kid-1',
        suggestionTitle: '公园想要秋千',
        detail: { purpose: '回电话' }
      })
    ).toEqual({
      what: '查看联系方式 · “公园想要秋千”',
      who: '王社工（社区工作者）',
      when: '2026-11-29 00:30',
      why: '回电话'
    })
  })

  it('says when no purpose was given, and names a moderation step', () => {
    const base = { id: 'a', at: '2026-11-28T02:00:00.000Z', actorName: '李管理员', actorRole: 'street_admin' as const }
    expect(describeAudit({ ...base, kind: 'open_contact', suggestionId: 's', detail: { purpose: null } }).why).toBe(
      '未填写用途'
    )
    expect(describeAudit({ ...base, kind: 'moderate', suggestionId: 's', detail: { op: 'redact' } })).toEqual({
      what: '审核 · 隐去个人信息 · 一条已删除的建议',
      who: '李管理员（街道管理员）',
      when: '2026-11-28 10:00'
    })
    expect(describeAudit({ ...base, kind: 'purge', actorName: '到期删除', actorRole: 'system' }).who).toBe(
      '到期删除（系统）'
    )
  })
})
