// services/location as the map tab's page tests replace it: the browser's wording, nothing located
// unless a test says so (jest.mock('…/services/location', () => require('…/location-mock'))).
export const CAN_OPEN_SETTINGS = false
export const SETTINGS_HINT = '浏览器已拒绝定位。请在网站设置里允许使用位置信息。'
export const locate = jest.fn()
export const openLocationSettings = jest.fn(async () => 'unsupported')
