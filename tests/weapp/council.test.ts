/**
 * 儿童议事会 in the WeChat build (dist/weapp through WeChat's WXML compiler): a child joins with the
 * code, picks two suggestions and saves them through wx.cloud.callFunction; a closed round's picks
 * and the district's answer are read in words; a street admin's representative is refused beside
 * its fields, then added, and the code shows.
 */
import { CANDIDATES, CLOSED_ROUND, OPEN_ROUND, SELF_REP } from '../fixtures/council'
import { staffMe } from '../fixtures/staff'
import { bootWithCloud, type SentCall, pause, renderPage, tap, teardownApp, typeInto, waitForText } from './harness'

jest.setTimeout(20000)

describe('WeChat build: 儿童议事会', () => {
  let sent: SentCall[]
  beforeEach(() => {
    sent = []
  })
  afterEach(teardownApp)

  it('a child joins with the code, picks two and saves; a closed round’s picks and answers are in words', async () => {
    let joined = false
    bootWithCloud(sent, (d) => {
      if (d.action === 'council') return { current: OPEN_ROUND, rounds: [CLOSED_ROUND] }
      if (d.action === 'councilMe')
        return joined
          ? { representative: SELF_REP, round: OPEN_ROUND, candidates: CANDIDATES, picks: [] }
          : { representative: null, round: OPEN_ROUND, candidates: [], picks: [] }
      if (d.action === 'joinCouncil') {
        joined = true
        return { representative: SELF_REP, replayed: false }
      }
      if (d.action === 'pickCouncil') return { picks: d.picks }
      return { items: [] }
    })
    const page = renderPage('pkg-polls/council/index')
    await waitForText(page, '请和爸爸妈妈一起，输入工作人员给的邀请码')
    await waitForText(page, '给小朋友：明年春天，学校门口会有斑马线啦！')
    await waitForText(page, '4 位小代表选了它')
    typeInto(page, '.council-join__code .ui-field__input', 'ABCD-EFGH')
    await pause()
    tap(page, '.council-join__send')
    await waitForText(page, '你好，小星星！')
    tap(page, '.council-picks__item', 0)
    await pause()
    tap(page, '.council-picks__item', 2)
    await pause()
    await waitForText(page, '已选 2 条')
    tap(page, '.council-picks__save')
    await waitForText(page, '保存好啦！你选了 2 条。')
    const writes = sent.filter((s) => s.data.action === 'joinCouncil' || s.data.action === 'pickCouncil')
    expect(writes.map((s) => [s.name, s.data])).toEqual([
      ['policy', { action: 'joinCouncil', code: 'ABCD-EFGH' }],
      ['policy', { action: 'pickCouncil', roundId: '2026-Q4', picks: ['council-s1', 'council-s4'] }]
    ])
  })

  it('a street admin’s representative: errors beside the fields, then added with the code to read out', async () => {
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
      if (d.action === 'staffCouncil') return { representatives: [], rounds: [], items: [] }
      if (d.action === 'addRepresentative')
        return {
          representative: {
            id: 'rep-1',
            street: '500103003',
            streetLabel: '解放碑街道',
            nickname: '小星星',
            ageGroup: '10to13',
            guardian: { relation: 'mother', phone: '138****5678', agreedOn: '2026-12-01', recordedByName: '示例' },
            invite: 'ABCD-EFGH',
            joinedAt: null,
            createdAt: '2026-12-07T02:00:00.000Z',
            createdByName: '示例',
            endedAt: null,
            endedByName: null,
            active: true
          },
          replayed: false
        }
      return { items: [] }
    })
    const page = renderPage('pkg-staff/council/index')
    await waitForText(page, '还没有小代表')
    tap(page, '.staff-council__save')
    await waitForText(page, '请填写小代表的昵称')
    expect(sent.filter((s) => s.data.action === 'addRepresentative')).toHaveLength(0)
    typeInto(page, '.rep-fields__nickname .ui-field__input', '小星星')
    typeInto(page, '.rep-fields__phone .ui-field__input', '13812345678')
    // The chips in page order: the street (one for a street admin), four age groups, three guardians.
    tap(page, '.ui-chip', 3)
    tap(page, '.ui-chip', 5)
    tap(page, '.rep-fields__consent')
    await pause()
    tap(page, '.staff-council__save')
    await waitForText(page, '邀请码 ABCD-EFGH')
    const [add] = sent.filter((s) => s.data.action === 'addRepresentative')
    expect(add.data.representative).toMatchObject({
      nickname: '小星星',
      street: '500103003',
      ageGroup: '10to13',
      consent: true
    })
  })
})
