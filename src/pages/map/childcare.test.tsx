// The map tab's childcare facts: filtered by monthly fee and 有余位 (a count confirmed lately),
// and the card says the fee and the 余位 with its date.
import TestUtils from '@tarojs/test-utils-react'
import { CHILDCARE, cardNames, listAnswer, placesCloud, resetPlaceStores } from '../../../tests/fixtures/places'
import { stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { chinaDate, CONFIRMED_PLACES } from '../../domain/places'
import { callCloud } from '../../services/cloud'
import MapPage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/location', () => require('../../../tests/setup/location-mock'))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const chip = (label: string) => byText('.place-filters__chip', label)

async function mountLoaded(u: TestUtils) {
  await u.mount(MapPage, {})
  await waitUntil(() => cardNames().some((n) => n.includes('示例托育园')), 'the cloud list')
}

describe('map tab: childcare facts', () => {
  beforeEach(() => {
    resetPlaceStores()
    mockedCall.mockReset()
  })

  it('filters childcare by monthly fee and 有余位, and the card says the fee and the 余位 with its date', async () => {
    const today = chinaDate(Date.now())
    const priced = CHILDCARE.map((p, i) => ({
      ...p,
      childcare: {
        ...p.childcare!,
        fees: [{ careType: 'full_day' as const, yuan: [2800, 1400, 3300][i] }],
        ...(i === 0 ? { freePlaces: { count: 2, confirmedOn: today } } : {})
      }
    }))
    stubCloud(mockedCall, placesCloud(listAnswer([...CONFIRMED_PLACES, ...priced])))
    const u = new TestUtils()
    await mountLoaded(u)
    await click(u, chip('托育'))
    await click(u, document.querySelector('.place-filters__more'))
    await click(u, chip('2500 元以内'))
    await waitUntil(() => cardNames().length === 1, 'one under 2,500')
    expect(cardNames()).toEqual(['示例托育园（解放碑 1）'])
    await click(u, chip('3500 元以内'))
    await waitUntil(() => cardNames().length === 3, 'all under 3,500')
    await click(u, chip('有余位'))
    await waitUntil(() => cardNames().length === 1, 'with free places')
    expect(cardNames()).toEqual(['示例托育园（上清寺 1）'])
    const card = document.querySelector('.place-card')?.textContent ?? ''
    expect(card).toContain('月费 2,800 元起')
    expect(card).toContain(`余位 2（${today.slice(5)} 确认）`)
    expect(document.querySelector('.place-filters__more')?.textContent).toContain('月费≤3500、有余位')
  })
})
