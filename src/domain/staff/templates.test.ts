import { toReplyMessageRow } from '../suggestions/egress/outbound'
import { replyMessage, clip, messageTime } from './message'
import { fillTemplate, validateReply, validateTemplate } from './templates'
import { validateStaffInput } from './staff-record'

const tpl = {
  title: '已收到',
  text: '您好，{社区}已收到您关于“{标题}”的建议。',
  textForChildren: '{社区}的叔叔阿姨收到啦！',
  topics: ['play']
}

describe('reply templates', () => {
  it('accepts a template with both texts and known placeholders', () => {
    expect(validateTemplate(tpl)).toEqual({ ok: true, value: { ...tpl, active: true } })
    expect(validateTemplate({ ...tpl, id: 'tpl-1234', active: false })).toMatchObject({
      ok: true,
      value: { id: 'tpl-1234', active: false }
    })
  })

  it.each([
    [{ ...tpl, title: '好' }, 'title'],
    [{ ...tpl, text: '太短' }, 'text'],
    [{ ...tpl, textForChildren: '' }, 'textForChildren'],
    [{ ...tpl, topics: ['weather'] }, 'topics'],
    [{ ...tpl, text: '您好，{姓名}，我们已收到您的建议。' }, 'text'],
    [{ ...tpl, id: 'a b' }, 'id'],
    ['x', 'template']
  ])('refuses %j', (raw, field) => {
    expect(validateTemplate(raw)).toMatchObject({ ok: false, field })
  })

  it('fills placeholders from the area and the topic, never from the author’s words', () => {
    const row = { street: '500103003', community: '500103003019', topic: 'parks_green' as const }
    const child = { ...row, title: '我叫王小明', text: '公园里想要一个大滑梯和秋千，还有沙坑' }
    expect(fillTemplate(tpl.text, child)).toBe('您好，大井巷社区已收到您关于“公园和绿地”的建议。')
    expect(fillTemplate(tpl.text, child)).not.toMatch(/王小明|滑梯/)
    expect(fillTemplate('{街道}{社区}', { topic: 'play' })).toBe('所在街道所在社区')
    expect(fillTemplate(tpl.text, { topic: 'play' })).toBe('您好，所在社区已收到您关于“玩的地方”的建议。')
  })

  it('requires a text for children when a child wrote the suggestion', () => {
    expect(validateReply({ text: '已收到，谢谢。' }, 'adult')).toEqual({ ok: true, value: { text: '已收到，谢谢。' } })
    // An adult's suggestion keeps no child words, wherever they came from.
    expect(validateReply({ text: '已收到，谢谢。', textForChildren: '收到啦！' }, 'adult')).toEqual({
      ok: true,
      value: { text: '已收到，谢谢。' }
    })
    expect(validateReply({ text: '已收到，谢谢。' }, 'child')).toMatchObject({ ok: false, field: 'textForChildren' })
    expect(validateReply({ text: '已收到，谢谢。', textForChildren: '收到啦！' }, 'child')).toEqual({
      ok: true,
      value: { text: '已收到，谢谢。', textForChildren: '收到啦！' }
    })
    expect(validateReply({ text: '好' }, 'adult')).toMatchObject({ ok: false, field: 'text' })
    expect(validateReply({ text: '好的好的', textForChildren: '好'.repeat(201) }, 'child')).toMatchObject({
      ok: false,
      field: 'textForChildren'
    })
  })
})

describe('subscribe message', () => {
  it('fits WeChat’s field limits and uses the child text for a child', () => {
    const child = {
      _id: 'c-1',
      authorId: 'o-kid',
      mode: 'child' as const,
      topic: 'parks_green' as const,
      title: '',
      text: '公园里想要一个大滑梯，还想要秋千和沙坑，还有喝水的地方',
      photoFileIds: [],
      onBehalfOfChild: false,
      visibility: 'visible' as const,
      publication: 'pending' as const,
      status: 'answered' as const,
      history: [],
      replies: [],
      supportCount: 0,
      createdAt: '2026-11-28T02:00:00.000Z',
      updatedAt: '2026-11-28T02:00:00.000Z'
    }
    const m = replyMessage(
      toReplyMessageRow(child, {
        at: '2026-11-28T02:05:00.000Z',
        by: 'x',
        text: '成人版回复内容',
        textForChildren: '谢谢你！我们已经请负责公园的叔叔阿姨去看看了，做好了告诉你'
      })
    )
    expect(m.page).toBe('pkg-suggest/detail/index?id=c-1')
    expect(Array.from(m.data.thing1.value).length).toBeLessThanOrEqual(20)
    expect(m.data.thing3.value.startsWith('谢谢你！')).toBe(true)
    expect(Array.from(m.data.thing3.value).length).toBe(20)
    expect(m.data.phrase2.value).toBe('已答复')
    // What it is about by topic: the child's own words are not on a lock screen.
    expect(m.data.thing1.value).toBe('关于“公园和绿地”的建议')
    expect(m.data.time4.value).toBe('2026年11月28日 10:05')
    expect(clip('  a  b ', 20)).toBe('a b')
    expect(messageTime('2026-01-01T00:00:00Z')).toBe('2026年1月1日 08:00')
  })
})

describe('staff allowlist records', () => {
  it('derives a worker’s street when all communities share it', () => {
    expect(
      validateStaffInput({
        openid: 'o-new-worker',
        role: 'community_worker',
        name: '李社工',
        scope: { communities: ['500103003019', '500103003018'] }
      })
    ).toEqual({
      ok: true,
      value: {
        openid: 'o-new-worker',
        role: 'community_worker',
        name: '李社工',
        active: true,
        safeguardingContact: false,
        scope: { street: '500103003', communities: ['500103003019', '500103003018'] }
      }
    })
    expect(
      validateStaffInput({
        openid: 'o-new-worker',
        role: 'community_worker',
        name: '李社工',
        scope: { communities: ['500103003019', '500103004002'] }
      })
    ).toMatchObject({ ok: true, value: { scope: { communities: ['500103003019', '500103004002'] } } })
    expect(
      validateStaffInput({
        openid: 'o-street',
        role: 'street_admin',
        name: '街道',
        scope: { street: '500103003', communities: ['x'] }
      })
    ).toMatchObject({ ok: true, value: { scope: { street: '500103003' } } })
  })

  it.each([
    [{ role: 'community_worker', name: '李社工', scope: { communities: ['500103003019'] } }, 'openid'],
    [{ openid: 'o-x-12345', role: 'citizen', name: '李社工' }, 'role'],
    [{ openid: 'o-x-12345', role: 'community_worker', name: '李', scope: { communities: ['500103003019'] } }, 'name'],
    [{ openid: 'o-x-12345', role: 'community_worker', name: '李社工', scope: {} }, 'scope.communities'],
    [
      { openid: 'o-x-12345', role: 'community_worker', name: '李社工', scope: { communities: ['500103003999'] } },
      'scope.communities'
    ],
    [{ openid: 'o-x-12345', role: 'street_admin', name: '街道管理员', scope: {} }, 'scope.street']
  ])('refuses %j', (raw, field) => {
    expect(validateStaffInput(raw)).toMatchObject({ ok: false, field })
  })
})
