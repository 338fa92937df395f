import { describeModeration } from './moderation'

describe('describeModeration', () => {
  it('says when in China time, who with their role, and what with its details', () => {
    expect(
      describeModeration({
        at: '2026-11-28T02:00:00.000Z',
        by: '王社工',
        role: 'community_worker',
        op: 'redact',
        field: 'text',
        count: 2
      })
    ).toEqual({ when: '2026-11-28 10:00 · 王社工（社区工作者）', what: '隐去个人信息 · 内容 2 处' })
    expect(
      describeModeration({
        at: '2026-11-28T17:30:00.000Z',
        by: '李管理员',
        role: 'street_admin',
        op: 'hide',
        reason: '等家长确认'
      })
    ).toEqual({ when: '2026-11-29 01:30 · 李管理员（街道管理员）', what: '从公示栏隐藏 · 原因：等家长确认' })
    expect(
      describeModeration({ at: '2026-11-28T02:00:00.000Z', by: '到期删除', role: 'system', op: 'removeImage' }).what
    ).toBe('移除图片')
    expect(
      describeModeration({ at: '2026-11-28T02:00:00.000Z', by: '王社工', role: 'community_worker', op: 'transcribe' })
        .what
    ).toBe('记下录音里的话')
  })
})
