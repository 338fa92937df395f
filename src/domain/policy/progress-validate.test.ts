import { policyFacts } from './facts'
import { progressRequest, readFigure, validateProgress } from './progress-validate'
import type { ProgressTarget } from './progress'

const slots = policyFacts.targets.find((t) => t.id === 'childcareSlotsPerThousand')!
const coverage = policyFacts.targets.find((t) => t.id === 'childcareCommunityCoverage')!
const count: ProgressTarget = {
  id: 'parks',
  label: '儿童友好公园',
  comparator: '>=',
  value: 20,
  unit: '个',
  wording: '不少于'
}
const TODAY = '2026-12-06'
const good = {
  id: 'progress-abc12345',
  targetId: slots.id,
  value: '3.9',
  asOf: '2026-11-30',
  source: { document: '《2026年渝中区托育服务统计》', office: '区卫生健康委', url: 'https://www.cqyz.gov.cn/a.html' }
}
const errorsOf = (raw: unknown, target: ProgressTarget | undefined = slots) => {
  const r = validateProgress(raw, target, TODAY)
  return r.ok ? {} : Object.fromEntries(r.errors.map((e) => [e.field, e.message]))
}

describe('validateProgress', () => {
  it('accepts a figure with its date and source', () => {
    expect(validateProgress(good, slots, TODAY)).toEqual({
      ok: true,
      value: { ...good, value: 3.9 }
    })
    const noLink = validateProgress({ ...good, source: { ...good.source, url: '  ' } }, slots, TODAY)
    expect(noLink.ok && noLink.value.source).toEqual({
      document: '《2026年渝中区托育服务统计》',
      office: '区卫生健康委'
    })
  })

  it('refuses a number out of range for the unit, in Chinese, beside the field', () => {
    expect(errorsOf({ ...good, value: '' }).value).toBe('请填写当前数值')
    expect(errorsOf({ ...good, value: '三点九' }).value).toBe('请填写数字，如 3.9')
    expect(errorsOf({ ...good, value: '-1' }).value).toBe('数值不能是负数')
    expect(errorsOf({ ...good, value: '1001' }).value).toBe('每千人口的数应在 0 到 1000 之间')
    expect(errorsOf({ ...good, value: '3.915' }).value).toBe('最多保留 2 位小数')
    expect(errorsOf({ ...good, value: '100.5' }, coverage).value).toBe('百分比应在 0 到 100 之间')
    expect(errorsOf({ ...good, value: '12.5' }, count).value).toBe('个数应为整数')
    expect(errorsOf({ ...good, value: 'abc' }, coverage).value).toBe('请填写数字，如 92.5（单位 %）')
  })

  it('reads what people type: a % sign on a percentage, thousands separators, full-width digits', () => {
    expect(readFigure('92.5%', '%')).toEqual({ value: 92.5 })
    expect(readFigure('１,２００', '个')).toEqual({ value: 1200 })
    expect(readFigure(' 4.50 ', '个/千人')).toEqual({ value: 4.5 })
  })

  it('refuses a date in the future, a non-date, and no date', () => {
    expect(errorsOf({ ...good, asOf: '2026-12-07' }).asOf).toBe('数据日期不能晚于今天（2026-12-06）')
    expect(errorsOf({ ...good, asOf: '2026-02-30' }).asOf).toMatch(/应为日期/)
    expect(errorsOf({ ...good, asOf: '' }).asOf).toBe('请选择数据日期（数值统计到哪一天）')
    expect(errorsOf({ ...good, asOf: '1999-12-31' }).asOf).toBe('数据日期不能早于 2000-01-01')
    expect(errorsOf({ ...good, asOf: TODAY }).asOf).toBeUndefined()
  })

  it('requires a source document and office; a link must be a web address', () => {
    const e = errorsOf({ ...good, source: { document: ' ', office: '', url: 'cqyz.gov.cn' } })
    expect(e).toEqual({
      document: '请写明来源文件，如《2026年渝中区托育服务统计》',
      office: '请写明发布单位，如 区卫生健康委',
      url: '链接应以 http:// 或 https:// 开头，如 https://www.cqyz.gov.cn/…'
    })
    expect(errorsOf({ ...good, source: undefined })).toMatchObject({ document: expect.any(String) })
  })

  it('needs a target and an id for the retry', () => {
    const r = validateProgress(good, undefined, TODAY)
    expect(r.ok ? [] : r.errors).toEqual([{ field: 'targetId', message: '请选择一个目标' }])
    expect(errorsOf({ ...good, id: 'x' }).id).toBeDefined()
    expect(errorsOf('nothing')).toEqual({ form: '没有要保存的内容' })
  })

  it('builds the request from the form without an empty link', () => {
    expect(
      progressRequest('progress-1abcdefg', slots.id, {
        value: '3.9',
        asOf: '2026-11-30',
        document: 'd',
        office: 'o',
        url: ''
      })
    ).toEqual({
      id: 'progress-1abcdefg',
      targetId: slots.id,
      value: '3.9',
      asOf: '2026-11-30',
      source: { document: 'd', office: 'o' }
    })
  })
})
