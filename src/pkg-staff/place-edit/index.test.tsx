import TestUtils from '@tarojs/test-utils-react'
import { correctionView } from '../../../tests/fixtures/corrections'
import { CHILDCARE } from '../../../tests/fixtures/places'
import { answer, failure, requestsTo, stubCloud } from '../../../tests/setup/cloud-stub'
import { click, type } from '../../../tests/setup/interact'
import { setRouterParams } from '../../../tests/setup/router'
import { waitUntil } from '../../../tests/setup/wait'
import { chinaDate } from '../../domain/clock'
import { callCloud } from '../../services/cloud'
import PlaceEditPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const text = () => document.body.textContent ?? ''
const PLACE = CHILDCARE[0]
const REPORT = correctionView('corr-1')
const got = answer('places', 'getCorrection', { correction: REPORT, place: PLACE })

async function open(u: TestUtils) {
  setRouterParams({ id: 'corr-1' })
  await u.mount(PlaceEditPage, {})
  await waitUntil(() => document.querySelector('.place-edit-fields__name input'), 'the form')
}

describe('修改地点信息', () => {
  beforeEach(() => mockedCall.mockReset())

  it('fills the form from the place, asks for a source, and saves the fix with today as the verified date', async () => {
    stubCloud(mockedCall, {
      places: {
        getCorrection: got,
        resolveCorrection: (req) =>
          answer('places', 'resolveCorrection', {
            correction: { ...REPORT, status: req.status, answer: req.answer ?? '默认', changed: ['电话'] }
          })
      }
    })
    const u = new TestUtils()
    await open(u)
    expect(text()).toContain('电话不对：打过去是空号（示例）')
    expect((document.querySelector('.place-edit-fields__name input') as HTMLInputElement).value).toBe(PLACE.name)
    const today = chinaDate(Date.now())
    expect(document.querySelector('.verified-on .date-field__value')?.textContent).toContain(today)
    expect(document.querySelector('.verified-on .date-field__value')?.getAttribute('aria-label')).toContain('核实日期')

    await type(u, '.place-edit-fields__phones', '12345')
    await click(u, document.querySelector('.place-edit__save'))
    expect(text()).toContain('电话“12345”')
    expect(text()).toContain('请写明信息来源')
    expect(requestsTo(mockedCall, 'places', 'resolveCorrection')).toEqual([])

    await type(u, '.place-edit-fields__phones', '4000000001')
    await type(u, '.place-edit-fields__source', '电话核实（示例）')
    await type(u, '.place-edit__answer', '已更新电话（示例）')
    await click(u, document.querySelector('.place-edit__save'))
    await waitUntil(() => text().includes('这条纠错已更正'), 'the outcome')
    const [sent] = requestsTo(mockedCall, 'places', 'resolveCorrection')
    expect(sent).toMatchObject({
      id: 'corr-1',
      status: 'corrected',
      answer: '已更新电话（示例）',
      update: { name: PLACE.name, phones: '4000000001', source: '电话核实（示例）', verifiedOn: today, closed: false }
    })
    expect(document.querySelector('.place-edit__back')).not.toBeNull()
  })

  it('answers 无需更正 without an edit, and puts a server refusal beside its field', async () => {
    let first = true
    stubCloud(mockedCall, {
      places: {
        getCorrection: got,
        resolveCorrection: (req) => {
          if (first) {
            first = false
            return failure('VALIDATION', '核实日期不能晚于今天（2026-12-01）', 'update.verifiedOn')
          }
          return answer('places', 'resolveCorrection', { correction: { ...REPORT, status: req.status } })
        }
      }
    })
    const u = new TestUtils()
    await open(u)
    await type(u, '.place-edit-fields__source', '电话核实（示例）')
    await click(u, document.querySelector('.place-edit__save'))
    await waitUntil(() => text().includes('核实日期不能晚于今天'), 'the field error')
    expect(document.querySelector('.verified-on .field-error')?.textContent).toContain('核实日期')
    await click(u, document.querySelector('.place-edit__no-change'))
    await waitUntil(() => text().includes('这条纠错已标为无需更正'), 'the outcome')
    expect(requestsTo(mockedCall, 'places', 'resolveCorrection')[1]).toEqual({ id: 'corr-1', status: 'no_change' })
  })

  it('shows the loading error, and a report that no longer has its place', async () => {
    stubCloud(mockedCall, { places: { getCorrection: failure('NOT_FOUND', '没有找到这条纠错') } })
    setRouterParams({ id: 'corr-1' })
    const u = new TestUtils()
    await u.mount(PlaceEditPage, {})
    await waitUntil(() => text().includes('没有找到这条纠错'), 'the error')

    stubCloud(mockedCall, {
      places: { getCorrection: answer('places', 'getCorrection', { correction: REPORT, place: null }) }
    })
    const v = new TestUtils()
    await v.mount(PlaceEditPage, {})
    await waitUntil(() => text().includes('这个地点已被删除'), 'the missing place')
    expect(document.querySelector('.place-edit__save')).toBeNull()
    expect(document.querySelector('.place-edit__no-change')).not.toBeNull()
  })
})
