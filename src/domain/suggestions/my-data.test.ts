import { myDataSignUp } from '../../../tests/fixtures/activities'
import { SELF_REP } from '../../../tests/fixtures/council'
import { closedChildSuggestion, reopenedBy } from '../../../tests/fixtures/follow-up'
import { myDataVisit } from '../../../tests/fixtures/visits'
import { deleteAllConfirmation, holdsNothing, myDataCounts, myDataFile, type MyDataView } from './my-data'

const view: MyDataView = {
  generatedAt: '2026-12-06T08:00:00.000Z',
  suggestions: [
    reopenedBy(
      closedChildSuggestion('s1', {
        photoFileIds: ['cloud://env.b/suggestions/2026-11-28/aaaa.jpg'],
        drawingFileId: 'cloud://env.b/suggestions/2026-11-28/bbbb.png',
        audioFileId: 'cloud://env.b/suggestions/2026-11-28/cccc.mp3',
        audioDurationMs: 6_400,
        contact: { name: '妈妈', phone: '13900139000' },
        location: { latitude: 29.5585, longitude: 106.5561, source: 'map' }
      }),
      { text: '滑梯还是坏的', drawingFileId: 'cloud://env.b/suggestions/2026-11-30/dddd.png' }
    )
  ],
  supports: [
    { title: '小区旁边想要一块空地', at: '2026-11-29T00:00:00.000Z' },
    { title: null, at: '2026-11-20T00:00:00.000Z' }
  ],
  corrections: [
    {
      id: 'c1',
      placeId: 'p1',
      placeName: '示例托育园',
      kind: 'phone',
      note: '电话打不通',
      status: 'pending',
      createdAt: '2026-11-28T00:00:00.000Z'
    }
  ],
  pendingUploads: [{ kind: 'recording', at: '2026-12-01T00:00:00.000Z' }],
  activitySignUps: [myDataSignUp],
  visitRequests: [myDataVisit],
  council: { ...SELF_REP, picks: 2 },
  pollAnswers: [{ question: '放学后你最想去哪里？', option: '公园', as: 'child', at: '2026-12-03T02:00:00.000Z' }]
}

describe('我的数据', () => {
  it('counts what is kept, the recording and the 解决了吗 drawing included', () => {
    expect(myDataCounts(view)).toEqual({
      suggestions: 1,
      photos: 1,
      drawings: 2,
      recordings: 1,
      contacts: 1,
      positions: 1,
      followUpWords: 1,
      supports: 2,
      corrections: 1,
      pendingUploads: 1,
      activitySignUps: 1,
      visitRequests: 1,
      council: 1,
      pollAnswers: 1
    })
    expect(holdsNothing(myDataCounts(view))).toBe(false)
    expect(
      holdsNothing(myDataCounts({ ...view, suggestions: [], supports: [], corrections: [], pendingUploads: [] }))
    ).toBe(false)
    // Everything gone but the poll answers: still something held; those too, nothing.
    const allButPolls = {
      ...view,
      suggestions: [],
      supports: [],
      corrections: [],
      pendingUploads: [],
      activitySignUps: [],
      visitRequests: [],
      council: null
    }
    expect(holdsNothing(myDataCounts(allButPolls))).toBe(false)
    expect(holdsNothing(myDataCounts({ ...allButPolls, pollAnswers: [] }))).toBe(true)
  })

  it('asks once, naming exactly what goes (the recording too) and what stays', () => {
    const { title, content } = deleteAllConfirmation(myDataCounts(view))
    expect(title).toBe('删除我的全部数据？')
    expect(content).toBe(
      '将删除：1 条建议里你写的字、1 张照片、2 幅画、1 段录音、1 条建议里留的称呼和电话、1 个精确位置、1 次“解决了吗”回答里写的话和画、2 个“我也想要”、1 条纠错和你的关联、1 个还没发送的上传、1 个活动报名（家长称呼、手机和孩子年龄；报名随之取消，名额让给别人）、1 个参观预约（家长称呼、手机和孩子年龄；预约随之取消）、儿童议事会小代表的身份和你这一季的选择（你将不再是小代表）、1 个快问快答的回答（还在进行的投票不再算你的一票）。' +
        '建议的处理进度、工作人员的回复和纠错的地点信息留作区里的记录，但不再和你有关联。删除后不能恢复。'
    )
    const supportsOnly = deleteAllConfirmation(
      myDataCounts({
        ...view,
        suggestions: [],
        corrections: [],
        pendingUploads: [],
        activitySignUps: [],
        visitRequests: [],
        council: null,
        pollAnswers: []
      })
    )
    expect(supportsOnly.content).toBe('将删除：2 个“我也想要”。删除后不能恢复。')
  })

  it('saves as a JSON file in words: no ids, file names or coordinates', () => {
    const file = myDataFile(view)
    expect(file).toMatchObject({ filename: '我的数据-2026-12-06.json', mimeType: 'application/json' })
    // The day in China: exported at 04:39 on the 8th there, not the 7th of UTC.
    expect(myDataFile({ ...view, generatedAt: '2026-12-07T20:39:38Z' }).filename).toBe('我的数据-2026-12-08.json')
    const json = JSON.parse(file.content)
    expect(json.建议[0]).toMatchObject({
      类别: '公园和绿地',
      标题: '想要大滑梯',
      照片: 1,
      画: 1,
      录音: '6 秒',
      联系方式: { 称呼: '妈妈', 电话: '13900139000' },
      位置: '地图上选的点或手机定位（精确位置）',
      解决了吗: [{ 回答: '还没有', 写的话: '滑梯还是坏的', 画: 1 }]
    })
    expect(json.我也想要).toEqual([
      { 建议: '小区旁边想要一块空地', 时间: '2026-11-29T08:00:00+08:00' },
      { 建议: '（已不在公示栏上）', 时间: '2026-11-20T08:00:00+08:00' }
    ])
    expect(json.纠错).toEqual([
      {
        地点: '示例托育园',
        问题: expect.any(String),
        说明: '电话打不通',
        状态: expect.any(String),
        提交时间: '2026-11-28T08:00:00+08:00'
      }
    ])
    expect(json.活动报名).toEqual([
      {
        活动: '周末亲子绘本会',
        开始时间: '2026-12-05T09:30:00+08:00',
        地点: '大井巷社区活动室',
        状态: '已报名',
        孩子年龄: 5,
        家长称呼: '王女士',
        手机: '13812345678',
        报名时间: '2026-11-28T10:00:00+08:00',
        签到: '到了'
      }
    ])
    expect(json.参观预约).toEqual([
      {
        机构: '示例托育园',
        状态: '已约好',
        孩子年龄: '2 岁多',
        方便的时间: '工作日上午',
        想了解: '想看看午睡的地方',
        家长称呼: '王女士',
        手机: '13812345678',
        答复: '已和机构约好 12月10日 上午10点，到前台找李老师',
        预约时间: '2026-12-01T10:00:00+08:00',
        结束时间: '2026-12-02T10:00:00+08:00'
      }
    ])
    expect(json.儿童议事会).toEqual({
      身份: '小代表',
      昵称: '小星星',
      街道: '解放碑街道',
      加入时间: '2026-12-01T10:00:00+08:00',
      这一季选了: '2 条建议'
    })
    expect(json.快问快答).toEqual([
      { 问题: '放学后你最想去哪里？', 你选了: '公园', 身份: '小朋友', 回答时间: '2026-12-03T10:00:00+08:00' }
    ])
    for (const internal of ['cloud://', 's1', 'c1', 'p1', '29.55', '106.55', 'aaaa', 'cc-', 'age2', 'weekday'])
      expect(file.content).not.toContain(internal)
  })

  it('says a sign-up for an activity the organisers called off is not to be gone to, not 已报名', () => {
    const json = JSON.parse(
      myDataFile({ ...view, activitySignUps: [{ ...myDataSignUp, activityCancelled: true }] }).content
    ) as { 活动报名: Array<{ 状态: string }> }
    expect(json.活动报名[0].状态).toBe('活动已取消，不用前往')
    const waiting = myDataFile({ ...view, activitySignUps: [{ ...myDataSignUp, standing: 'waitlisted' }] }).content
    expect((JSON.parse(waiting) as { 活动报名: Array<{ 状态: string }> }).活动报名[0].状态).toBe('候补中')
  })
})
