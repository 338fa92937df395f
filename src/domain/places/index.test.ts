import * as places from './index'

describe('places barrel (what pages import)', () => {
  it('offers what the pages need', () => {
    for (const name of [
      'openState',
      'describeHours',
      'formatDistance',
      'sortByDistance',
      'filterPlaces',
      'originForStreet',
      'deviceLocationToGcj02',
      'markersForViewport',
      'regionToBBox',
      'PlaceIndex',
      'categoryInfo',
      'CONFIRMED_PLACES',
      'formatImportReport'
    ]) {
      expect(places).toHaveProperty(name)
    }
  })

  it('never hands the app the demo generator or the import parser', () => {
    // Demo records must not reach a production bundle, and papaparse has no business there.
    for (const name of ['demoPlaces', 'validateImport', 'parseImportText', 'generatePlaces']) {
      expect(places).not.toHaveProperty(name)
    }
    expect(places.CONFIRMED_PLACES.some((p) => p.demo)).toBe(false)
  })
})
