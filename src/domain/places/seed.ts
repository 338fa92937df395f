// The confirmed places of data/sources/yuzhong-facts.md, fact for fact: what the file does not
// say stays empty (no phone, no hours, no street). This list is the bundled copy the app shows
// on first run, before the cloud answers; it never contains demo records (see demo.ts).
//
// Choices made where the facts leave room:
// - "approx." and "unknown datum" points are approximate (the page says 位置为大致位置);
//   "GCJ-02?" points (taken from code that used Tencent's map) are not. Where a point came from
//   is the team's note, not a parent's: the source says only 渝中区公开资料整理.
// - Hours are structured only when the days are known. Parks "08:00–22:00" are read as daily;
//   museums "09:00–17:00" name no days (many museums close one weekday), so they keep the times
//   as a note and their structured hours stay unknown rather than claim an open Monday.
// - The street is filled only where the facts name it (德精小学儿童友好馆, 上清寺街道曾家岩社区).
// - 德精小学儿童友好馆 has no coordinates: it is kept without a location (listed, never on the map).
// - The facts file carries no date of checking, so verifiedAt stays empty.
import type { OpeningHours, Place, PlaceCategory, PlaceLocation, TimeRange } from './model'

const FACTS = '渝中区公开资料整理'

/**
 * Hours written out as parseHours(text) reads them, so the launch does not carry the parser (the
 * main package holds this file); seed.test.ts checks each against parseHours. Days run Monday
 * first; public holidays follow the weekday.
 */
function hours(text: string, ...days: Array<[count: number, from: string, to: string]>): OpeningHours {
  const week: TimeRange[][] = days.flatMap(([count, from, to]) => Array.from({ length: count }, () => [{ from, to }]))
  return { kind: 'weekly', week, holidays: 'regular', text }
}

const at = (latitude: number, longitude: number, approximate: boolean): PlaceLocation => ({
  latitude,
  longitude,
  approximate
})

function place(id: string, name: string, category: PlaceCategory, fields: Partial<Place>): Place {
  return { id, name, category, phones: [], facilities: [], source: FACTS, ...fields }
}

export const CONFIRMED_PLACES: readonly Place[] = [
  place('cq-children-hospital-yuzhong', '重庆医科大学附属儿童医院(渝中院区)', 'children_hospital', {
    address: '渝中区中山二路136号',
    phones: ['023-63622984'],
    location: at(29.562635, 106.56104, false)
  }),
  place('cqmu-first-hospital', '重庆医科大学附属第一医院', 'hospital', {
    address: '渝中区袁家岗友谊路1号',
    location: at(29.53665, 106.519417, false)
  }),
  place('daping-hospital', '陆军军医大学大坪医院', 'hospital', {
    address: '渝中区大坪长江支路10号',
    location: at(29.549618, 106.528957, false)
  }),
  place('eling-park', '鹅岭公园', 'park', {
    address: '渝中区鹅岭正街',
    hours: hours('Mo-Su 07:00-22:00', [7, '07:00', '22:00']),
    hoursNote: '约 07:00–22:00，各来源说法不一',
    free: true,
    location: at(29.55234, 106.53202, true)
  }),
  place('fotuguan-park', '佛图关公园', 'park', {
    address: '渝中区鹅岭佛图关',
    hoursNote: '全年开放',
    location: at(29.5505, 106.5245, true)
  }),
  place('pipashan-park', '枇杷山公园', 'park', {
    address: '渝中区中山二路枇杷山正街74号',
    phones: ['023-63529259'],
    hours: hours('Mo-Su 08:00-22:00', [7, '08:00', '22:00']),
    free: true,
    location: at(29.5547, 106.5657, true)
  }),
  place('renmin-park', '人民公园', 'park', {
    address: '渝中区解放碑附近(约200米)',
    location: at(29.5594, 106.579, true)
  }),
  place('shanhu-park', '珊瑚公园', 'park', {
    address: '渝中区菜园坝(重庆站旁)',
    location: at(29.547, 106.56, true)
  }),
  place('cq-children-library', '重庆市少年儿童图书馆', 'library', {
    address: '渝中区两路口长江一路11号',
    hours: hours(
      'Mo 11:00-18:00; Tu-Fr 09:30-18:00; Sa,Su 09:30-17:00',
      [1, '11:00', '18:00'],
      [4, '09:30', '18:00'],
      [2, '09:30', '17:00']
    ),
    hoursNote: '开放时间可能已调整，出发前请向馆方确认',
    location: at(29.5536, 106.5535, true)
  }),
  place('yuzhong-library', '渝中区图书馆', 'library', {
    address: '渝中区中山三路32号文图大厦',
    location: at(29.5607, 106.5559, true)
  }),
  place('three-gorges-museum', '重庆中国三峡博物馆', 'museum', {
    address: '渝中区人民路236号',
    hoursNote: '09:00–17:00（开放日未核实，出发前请查询）',
    free: true,
    location: at(29.5617, 106.552, true)
  }),
  place('hongyan-memorial', '红岩革命纪念馆', 'museum', {
    address: '渝中区红岩村52号',
    phones: ['023-63637990'],
    hoursNote: '09:00–17:00，16:30 停止入馆，需预约（开放日未核实，出发前请查询）',
    free: true,
    location: at(29.57, 106.516, true)
  }),
  place('dejing-children-space', '德精小学儿童友好馆', 'children_space', {
    address: '渝中区上清寺街道曾家岩社区',
    street: '500103005',
    community: '500103005014',
    source: `${FACTS}；2022年6月开馆；暂无坐标`
  })
]
