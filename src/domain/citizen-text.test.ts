import { citizenSource, internalMarks } from './citizen-text'

describe('text for citizens', () => {
  it('finds file names, coordinate systems, batch ids and raw coordinates', () => {
    expect(internalMarks('渝中区公开资料（汇总于 yuzhong-facts）')).toEqual(['project file: yuzhong-facts'])
    expect(internalMarks('项目资料 notes.md')).toEqual(['file name: notes.md', 'project file: 项目资料'])
    expect(internalMarks('很可能为 GCJ-02')).toEqual(['coordinate system: GCJ-02'])
    expect(internalMarks('导入 batch-7f3a')).toEqual(['batch id: batch-7f3a'])
    expect(internalMarks('坐标：29.562635, 106.561040')).toEqual(['raw coordinates: 29.562635, 106.561040'])
    // Ordinary words, times, prices and distances are not internal.
    expect(internalMarks('渝中区公开资料；约 07:00–22:00；距你 1.2 km；电话 023-63622984')).toEqual([])
  })

  it('says a source in a parent’s words', () => {
    expect(
      citizenSource('渝中区公开资料整理（项目资料 yuzhong-facts.md）；坐标取自使用腾讯地图的代码，很可能为 GCJ-02')
    ).toBe('渝中区公开资料整理')
    expect(citizenSource('渝中区公开资料（汇总于 yuzhong-facts）')).toBe('渝中区公开资料')
    expect(
      citizenSource('渝中区公开资料整理（项目资料 yuzhong-facts.md）；2022年6月开馆；坐标系未知，按大致位置处理')
    ).toBe('渝中区公开资料整理；2022年6月开馆')
    expect(citizenSource('yuzhong-facts.md')).toBe('渝中区公开资料')
    // A source without internal text is left as written, brackets included.
    expect(citizenSource('全国托育机构备案信息（2026年版）')).toBe('全国托育机构备案信息（2026年版）')
  })
})
