// The places list is fetched whole (100 places a call) only when the district's data changed:
// a refresh first asks for the data version, and a list in hand with that version stays.
import { ALL_PLACES, listAnswer, resetPlaceStores } from '../../tests/fixtures/places'
import { answer, requestsTo, stubCloud } from '../../tests/setup/cloud-stub'
import { callCloud } from '../services/cloud'
import { readCachedPlaces } from '../services/places'
import { usePlacesStore } from './usePlacesStore'

jest.mock('../services/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.MockedFunction<typeof callCloud>

const FIVE_MINUTES = 5 * 60 * 1000

describe('places store refresh', () => {
  let now = Date.parse('2026-12-01T02:00:00Z')
  beforeEach(() => {
    resetPlaceStores()
    mockedCall.mockReset()
    jest.spyOn(Date, 'now').mockImplementation(() => now)
  })
  afterEach(() => jest.restoreAllMocks())

  it('asks only for the version when the list in hand is current, and fetches the list when it changed', async () => {
    let version = `${ALL_PLACES.length}:t`
    stubCloud(mockedCall, {
      places: {
        version: () => answer('places', 'version', { dataVersion: version }),
        list: () =>
          answer('places', 'list', {
            places: ALL_PLACES,
            total: ALL_PLACES.length,
            page: 1,
            pageSize: 100,
            hasMore: false,
            dataVersion: version
          })
      }
    })
    await usePlacesStore.getState().refresh()
    expect(requestsTo(mockedCall, 'places', 'list')).toHaveLength(1)
    expect(usePlacesStore.getState().places).toHaveLength(ALL_PLACES.length)

    // Five minutes on, nothing changed in the district: one small call, no page of places.
    now += FIVE_MINUTES + 1
    await usePlacesStore.getState().refresh()
    expect(requestsTo(mockedCall, 'places', 'version')).toHaveLength(1)
    expect(requestsTo(mockedCall, 'places', 'list')).toHaveLength(1)
    expect(usePlacesStore.getState().source).toBe('cloud')

    // An import changed the data: the whole list again.
    version = `${ALL_PLACES.length + 1}:u`
    now += FIVE_MINUTES + 1
    await usePlacesStore.getState().refresh()
    expect(requestsTo(mockedCall, 'places', 'list')).toHaveLength(2)
    expect(usePlacesStore.getState().dataVersion).toBe(version)
  })

  it('a copy cached by an earlier run is checked by its version before anything is fetched', async () => {
    stubCloud(mockedCall, { places: { list: listAnswer() } })
    await usePlacesStore.getState().refresh()
    expect(readCachedPlaces()?.dataVersion).toBe(`${ALL_PLACES.length}:t`)

    // A new run of the app: the cached copy is shown (as initialPlaces() loads it) and its version asked about.
    const cached = readCachedPlaces()!
    resetPlaceStores()
    usePlacesStore.setState({
      places: cached.places,
      source: 'cache',
      savedAt: cached.savedAt,
      dataVersion: cached.dataVersion
    })
    mockedCall.mockReset()
    stubCloud(mockedCall, {
      places: { version: answer('places', 'version', { dataVersion: `${ALL_PLACES.length}:t` }), list: listAnswer() }
    })
    await usePlacesStore.getState().refresh()
    expect(requestsTo(mockedCall, 'places', 'version')).toHaveLength(1)
    expect(requestsTo(mockedCall, 'places', 'list')).toHaveLength(0)
    expect(usePlacesStore.getState().places).toHaveLength(ALL_PLACES.length)
  })

  it('「重新加载」 (forced) fetches the list whatever the version says', async () => {
    stubCloud(mockedCall, {
      places: { version: answer('places', 'version', { dataVersion: `${ALL_PLACES.length}:t` }), list: listAnswer() }
    })
    await usePlacesStore.getState().refresh()
    await usePlacesStore.getState().refresh(true)
    expect(requestsTo(mockedCall, 'places', 'list')).toHaveLength(2)
  })
})
