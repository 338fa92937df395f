/**
 * 快问快答 in the WeChat build (dist/weapp through WeChat's WXML compiler): a child taps a picture
 * and votes through wx.cloud.callFunction, a closed poll's results are read in words; a street
 * admin's poll is refused beside its fields, then saved.
 */
import { CLOSED_POLL, OPEN_POLL } from '../fixtures/polls'
import { staffMe } from '../fixtures/staff'
import { bootWithCloud, type SentCall, pause, renderPage, tap, teardownApp, typeInto, waitForText } from './harness'

jest.setTimeout(20000)

describe('WeChat build: 快问快答', () => {
  let sent: SentCall[]
  beforeEach(() => {
    sent = []
  })
  afterEach(teardownApp)

  it('a child taps a picture and votes; a closed poll’s results are in words', async () => {
    bootWithCloud(sent, (d) => {
      if (d.action === 'listPolls') return { open: [OPEN_POLL], closed: [CLOSED_POLL] }
      if (d.action === 'answerPoll') return { poll: { ...OPEN_POLL, myAnswer: d.option }, replayed: false }
      return { items: [] }
    })
    const page = renderPage('pkg-polls/vote/index')
    await waitForText(page, '放学后，你最想去哪儿玩？')
    await waitForText(page, '公园：12 票，占 60%（最多）')
    await waitForText(page, '共 20 人参加（小朋友 15 人，家长 5 人）。')
    tap(page, '.poll-card__option', 1)
    await pause()
    tap(page, '.poll-card__send')
    await waitForText(page, '投好啦！你选了“图书馆”')
    expect(sent.filter((s) => s.data.action === 'answerPoll').map((s) => [s.name, s.data])).toEqual([
      ['policy', { action: 'answerPoll', pollId: OPEN_POLL.id, option: 1, as: 'child' }]
    ])
  })

  it('a street admin’s poll: errors beside the fields, then saved for their street', async () => {
    bootWithCloud(sent, (d) => {
      if (d.action === 'whoami')
        return {
          idHint: '…abcd',
          role: 'street_admin',
          roleLabel: '街道管理员',
          scope: { street: '500103003' },
          backend: 'wechat',
          staff: staffMe('street_admin')
        }
      if (d.action === 'staffPolls') return { polls: [], councilRound: null }
      if (d.action === 'createPoll') {
        const { myAnswer: _mine, ...poll } = OPEN_POLL
        const staffPoll = {
          ...poll,
          status: 'draft',
          createdAt: '2026-12-07T02:00:00.000Z',
          createdByName: '示例',
          openedAt: null,
          closedAt: null,
          closedByName: null,
          answered: 0,
          manageable: true
        }
        return { poll: { ...staffPoll, question: (d.poll as { question: string }).question }, replayed: false }
      }
      return { items: [] }
    })
    const page = renderPage('pkg-staff/polls/index')
    await waitForText(page, '还没有发起过投票')
    await waitForText(page, '解放碑街道')
    tap(page, '.staff-polls__save')
    await waitForText(page, '请填写问题')
    expect(sent.filter((s) => s.data.action === 'createPoll')).toHaveLength(0)
    typeInto(page, '.poll-fields__question .ui-field__input', '周末想去哪儿？')
    typeInto(page, '.poll-fields__option-0 .ui-field__input', '公园')
    typeInto(page, '.poll-fields__option-1 .ui-field__input', '图书馆')
    await pause()
    tap(page, '.staff-polls__save')
    await waitForText(page, '周末想去哪儿？')
    const [create] = sent.filter((s) => s.data.action === 'createPoll')
    expect(create.data.poll).toMatchObject({ question: '周末想去哪儿？', street: '500103003' })
  })
})
