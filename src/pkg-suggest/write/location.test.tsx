import TestUtils from '@tarojs/test-utils-react'
import { answer, stubCloud } from '../../../tests/setup/cloud-stub'
import { byText, click, type } from '../../../tests/setup/interact'
import { waitUntil } from '../../../tests/setup/wait'
import { CONFIRMED_PLACES } from '../../domain/places'
import { callCloud } from '../../services/cloud'
import { locate } from '../../services/location'
import { useOutboxStore } from '../../stores/useOutboxStore'
import { usePlacesStore } from '../../stores/usePlacesStore'
import { useSuggestDraftStore } from '../../stores/useSuggestDraftStore'
import WritePage from './index'

jest.mock('../../services/cloud', () => ({ callCloud: jest.fn() }))
jest.mock('../../services/feedback', () => ({ ...jest.requireActual('../../services/feedback'), toast: jest.fn() }))
jest.mock('../../services/location', () => ({
  ...jest.requireActual('../../services/location'),
  locate: jest.fn()
}))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>
const mockedLocate = locate as jest.MockedFunction<typeof locate>
const PIPASHAN = CONFIRMED_PLACES.find((p) => p.id === 'pipashan-park')!
const text = () => document.body.textContent ?? ''

async function openAdultForm(u: TestUtils) {
  await u.mount(WritePage, {})
  await click(u, byText('.mode-chooser__option', '我是家长'))
  await waitUntil(() => document.querySelector('.location-field'), 'the location field')
}

async function fillAndSend(u: TestUtils) {
  await click(u, document.querySelector('[data-topic="school_way"]'))
  await type(u, '.adult-form .ui-field__input', '学校门口需要护学岗')
  await type(u, '.adult-form .ui-field__textarea', '早上八点前车很多，孩子过马路很危险，希望有人护学。')
  await click(u, document.querySelector('.adult-form__submit'))
  await waitUntil(
    () => mockedCall.mock.calls.some(([, req]) => (req as { action: string }).action === 'submit'),
    'the submit'
  )
  return mockedCall.mock.calls.find(([, req]) => (req as { action: string }).action === 'submit')![1] as {
    suggestion: { location?: unknown }
  }
}

describe('the adult form’s location (可不填)', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    mockedLocate.mockReset()
    stubCloud(mockedCall, {
      suggestions: {
        similar: answer('suggestions', 'similar', { items: [] }),
        submit: answer('suggestions', 'submit', {
          id: 'x',
          status: 'submitted',
          visibility: 'visible',
          createdAt: '2026-11-28T02:00:00Z',
          duplicate: false
        })
      }
    })
    useOutboxStore.setState({ items: [], progress: {} })
    useSuggestDraftStore.getState().reset(null)
    usePlacesStore.setState({ places: [...CONFIRMED_PLACES] })
  })

  it('sends the phone’s position, shown back by the place it is near, never as numbers', async () => {
    const near = { latitude: PIPASHAN.location!.latitude + 0.0005, longitude: PIPASHAN.location!.longitude }
    mockedLocate.mockResolvedValue({ ok: true, point: { ...near, datum: 'gcj02' } as never })
    const u = new TestUtils()
    await openAdultForm(u)
    expect(text()).toContain('位置只给处理建议的工作人员看，不公开。')
    await click(u, document.querySelector('.location-field__mine'))
    await waitUntil(() => document.querySelector('.location-field__chosen'), 'the chosen position')
    expect(document.querySelector('.location-field__name')?.textContent).toBe(
      `📍 我现在的位置（靠近 ${PIPASHAN.name}）`
    )
    expect(text()).not.toContain(String(near.latitude))
    const sent = await fillAndSend(u)
    expect(sent.suggestion.location).toEqual({ ...near, source: 'current' })
  })

  it('says on the form why there is no position, and the browser build’s other ways; refuses one outside 渝中区', async () => {
    mockedLocate.mockResolvedValueOnce({ ok: false, reason: 'denied' })
    mockedLocate.mockResolvedValueOnce({ ok: true, point: { latitude: 39.9, longitude: 116.4 } as never })
    const u = new TestUtils()
    await openAdultForm(u)
    const problem = () => document.querySelector('.location-field__problem')?.textContent
    await click(u, document.querySelector('.location-field__mine'))
    await waitUntil(() => problem(), 'the refusal')
    // This build has no map picker: it offers one of the app's places, and says where the browser allows location.
    expect(problem()).toBe('没有位置权限（可在地址栏左侧的网站设置里允许定位）。也可以选一个地点，或只选街道和社区')
    await click(u, document.querySelector('.location-field__mine'))
    await waitUntil(() => problem()?.startsWith('你现在不在渝中区'), 'the second answer')
    expect(problem()).toBe('你现在不在渝中区：可以选一个地点，或只选街道和社区')
    expect(document.querySelector('.location-field__chosen')).toBeNull()
    // Another way taken: what was said about the phone's position goes.
    await click(u, byText('.location-field__pick', '选一个地点'))
    await type(u, '.ui-sheet .ui-field', '枇杷山')
    await click(u, byText('.location-field__place', PIPASHAN.name))
    expect(document.querySelector('.location-field__chosen')).not.toBeNull()
    expect(problem()).toBeUndefined()
  })

  it('in the browser, picks one of the app’s places by name; 不附位置 takes it off again', async () => {
    const u = new TestUtils()
    await openAdultForm(u)
    await click(u, byText('.location-field__pick', '选一个地点'))
    await type(u, '.ui-sheet .ui-field', '枇杷山')
    await click(u, byText('.location-field__place', PIPASHAN.name))
    expect(document.querySelector('.location-field__name')?.textContent).toBe(`📍 ${PIPASHAN.name}`)
    await click(u, document.querySelector('.location-field__remove'))
    expect(document.querySelector('.location-field__chosen')).toBeNull()
    await click(u, byText('.location-field__pick', '选一个地点'))
    await click(u, byText('.location-field__place', PIPASHAN.name))
    const sent = await fillAndSend(u)
    expect(sent.suggestion.location).toEqual({
      latitude: PIPASHAN.location!.latitude,
      longitude: PIPASHAN.location!.longitude,
      source: 'place',
      placeId: PIPASHAN.id,
      placeName: PIPASHAN.name
    })
  })

  it('a position picked as an adult stays behind when the writer switches to 我是小朋友', () => {
    const draft = useSuggestDraftStore.getState()
    draft.reset('adult')
    draft.update({ location: { latitude: 29.55, longitude: 106.57, source: 'map', placeName: '某处' } })
    expect(useSuggestDraftStore.getState().toDraft().input.location).toMatchObject({ source: 'map' })
    useSuggestDraftStore.getState().update({ mode: 'child' })
    expect(useSuggestDraftStore.getState().toDraft().input).not.toHaveProperty('location')
    useSuggestDraftStore
      .getState()
      .update({ location: { latitude: 29.55, longitude: 106.57, source: 'place', placeId: 'p' } })
    expect(useSuggestDraftStore.getState().toDraft().input.location).toMatchObject({ source: 'place' })
  })
})
