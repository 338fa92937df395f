import TestUtils from '@tarojs/test-utils-react'
import { useState } from 'react'
import { byText, click } from '../../../tests/setup/interact'
import { NO_FILTERS, type PlaceFilters as Filters } from '../../stores/usePlacesStore'
import { PlaceFilters } from './index'

function Harness() {
  const [filters, setFilters] = useState<Filters>({ ...NO_FILTERS, category: 'childcare' })
  return <PlaceFilters filters={filters} onChange={(c) => setFilters((f) => ({ ...f, ...c }))} />
}

const note = () => document.querySelector('.place-filters__note')

describe('托育 filters', () => {
  it('say that a fee or 有余位 leaves out centres that have not told theirs', async () => {
    const u = new TestUtils()
    await u.mount(Harness, {})
    await click(u, document.querySelector('.place-filters__more'))
    expect(note()).toBeNull()
    await click(u, document.querySelectorAll('.place-filters__fee')[1])
    expect(note()?.textContent).toContain('没填的机构可以打电话问')
    await click(u, byText('.place-filters__fee', '不限'))
    expect(note()).toBeNull()
    await click(u, document.querySelector('.place-filters__free-places'))
    expect(note()).not.toBeNull()
  })
})
