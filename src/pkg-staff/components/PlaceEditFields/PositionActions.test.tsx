// The place's position taken from the phone or WeChat's map instead of typed: the fields get the
// point in six decimals, an empty address takes the map's, a point outside 渝中 is refused.
import { Text } from '@tarojs/components'
import TestUtils from '@tarojs/test-utils-react'
import { useState } from 'react'
import { click } from '../../../../tests/setup/interact'
import { waitUntil } from '../../../../tests/setup/wait'
import type { PlaceEditForm } from '../../../domain/places/place-edit'
import { locate } from '../../../services/location'
import { pickOnMap } from '../../../services/pick-location'
import { PositionActions } from './PositionActions'

jest.mock('../../../services/location', () => ({ locate: jest.fn(), ALLOW_AGAIN: '可在设置里打开位置信息' }))
jest.mock('../../../services/pick-location', () => ({ MAP_PICKER: true, pickOnMap: jest.fn() }))
const mockedLocate = locate as jest.MockedFunction<typeof locate>
const mockedPick = pickOnMap as jest.MockedFunction<typeof pickOnMap>
const problem = () => document.querySelector('.place-edit-fields__problem')?.textContent

const EMPTY: PlaceEditForm = {
  name: '示例公园',
  address: '',
  phones: '',
  hours: '',
  hoursNote: '',
  closed: false,
  latitude: '',
  longitude: '',
  source: '',
  verifiedOn: '2026-12-07'
}
/** 解放碑, inside 渝中 (GCJ-02). */
const JIEFANGBEI = { latitude: 29.5574217, longitude: 106.5769865 }

function Harness({ start }: { start: PlaceEditForm }) {
  const [form, setForm] = useState(start)
  return (
    <>
      <PositionActions form={form} onChange={(patch) => setForm((f) => ({ ...f, ...patch }))} />
      {/* As typing into the 纬度 field would. */}
      <Text className='harness__type' onClick={() => setForm((f) => ({ ...f, latitude: '29.56' }))}>
        typed
      </Text>
      <Text className='harness__form'>{JSON.stringify(form)}</Text>
    </>
  )
}

async function mounted(start: PlaceEditForm = EMPTY) {
  const u = new TestUtils()
  await u.mount(Harness, { props: { start } })
  await waitUntil(() => document.querySelector('.place-edit-fields__here'), 'the buttons')
  const form = () => JSON.parse(document.querySelector('.harness__form')?.textContent ?? '{}') as PlaceEditForm
  return { u, form }
}

describe('a place’s position without typing numbers', () => {
  beforeEach(() => {
    mockedLocate.mockReset()
    mockedPick.mockReset()
  })

  it('takes the phone’s position in six decimals, and says beside it when the fix is rough', async () => {
    mockedLocate.mockResolvedValue({ ok: true, point: { ...JIEFANGBEI, datum: 'gcj02' }, accuracyM: 120 })
    const { u, form } = await mounted()
    await click(u, document.querySelector('.place-edit-fields__here'))
    await waitUntil(() => form().latitude, 'the position')
    expect(form()).toMatchObject({ latitude: '29.557422', longitude: '106.576987', address: '' })
    expect(problem()).toBe('定位误差约 120 米，请核对后再保存')
  })

  it('a message about the point in the fields goes once another point is typed there', async () => {
    mockedLocate.mockResolvedValue({ ok: false, reason: 'unavailable' })
    const { u } = await mounted()
    await click(u, document.querySelector('.place-edit-fields__here'))
    expect(problem()).toBe('暂时无法定位。可以在地图上选，或直接填写经纬度')
    await click(u, document.querySelector('.harness__type'))
    expect(problem()).toBeUndefined()
  })

  it('refuses a phone outside 渝中 and says on the form why, where to allow it again and what else there is', async () => {
    mockedLocate.mockResolvedValueOnce({ ok: true, point: { latitude: 39.9, longitude: 116.4, datum: 'gcj02' } })
    mockedLocate.mockResolvedValueOnce({ ok: false, reason: 'denied' })
    const { u, form } = await mounted()
    await click(u, document.querySelector('.place-edit-fields__here'))
    expect(problem()).toBe('你现在不在渝中区：请到现场再定位，或在地图上选，或直接填写经纬度')
    await click(u, document.querySelector('.place-edit-fields__here'))
    expect(problem()).toBe('没有位置权限（可在设置里打开位置信息）。也可以在地图上选，或直接填写经纬度')
    expect(form()).toEqual(EMPTY)
  })

  it('opens the map at the place’s position; the picked address fills an empty 地址, never a written one', async () => {
    const picked = { latitude: 29.56, longitude: 106.57, name: '示例公园', address: '渝中区示例路 1 号' }
    mockedPick.mockResolvedValue({ ok: true, picked })
    const { u, form } = await mounted({ ...EMPTY, latitude: '29.5574217', longitude: '106.5769865' })
    await click(u, document.querySelector('.place-edit-fields__on-map'))
    await waitUntil(() => form().latitude === '29.560000', 'the picked point')
    expect(mockedPick).toHaveBeenCalledWith(JIEFANGBEI)
    expect(form()).toMatchObject({ longitude: '106.570000', address: '渝中区示例路 1 号' })

    const again = await mounted({ ...EMPTY, address: '原来的地址' })
    await click(again.u, document.querySelectorAll('.place-edit-fields__on-map')[1])
    expect(mockedPick).toHaveBeenLastCalledWith(undefined)
    expect(JSON.parse(document.querySelectorAll('.harness__form')[1].textContent ?? '{}')).toMatchObject({
      latitude: '29.560000',
      address: '原来的地址'
    })
  })

  it('a closed map changes nothing and says nothing', async () => {
    mockedPick.mockResolvedValue({ ok: false, reason: 'cancel' })
    const { u, form } = await mounted()
    await click(u, document.querySelector('.place-edit-fields__on-map'))
    expect(problem()).toBeUndefined()
    expect(form()).toEqual(EMPTY)
  })
})
