// A strict `wx` for the weapp layer: the phone's rules that the browser (and the simulator's
// stubs) do not enforce, each in its own module under ./wx with the WeChat document it follows:
//   wx/gestures    tap-only APIs; the agree button of the privacy sheet
//   wx/storage     storage (1 MB a key, 10 MB in all), temporary files, the 200 MB user folder
//   wx/canvas      scoped selector queries, canvas nodes and their export, images, map contexts
//   wx/privacy     requiredPrivateInfos, the privacy guide's kinds, consent before use
//   wx/recorder    scope.record, RecorderManager's start/stop, playback
//   wx/location    chooseLocation: scope.userLocation, a pick or a cancel
//   wx/calendar    addPhoneCalendar: scope.addPhoneCalendar, unix seconds, from a tap
//   wx/subscribe   requestSubscribeMessage: 1 to 3 templates, an answer for each (from a tap)
//   wx/cloud       callFunction's data size, uploads
//   wx/components  built-in attributes (input/textarea maxlength 140, canvas type, button open-type)
// Every rule has a test showing it refuses what WeChat refuses (wx-rules.test.ts).
import { installCalendar } from './wx/calendar'
import { installCanvas, type Caller } from './wx/canvas'
import { enforceCloud, installCloud } from './wx/cloud'
import { registerBuiltins } from './wx/components'
import type { Device } from './wx/device'
import { enforceTaps, resetGestures } from './wx/gestures'
import { installPrivacy, type PrivacyDeclarations } from './wx/privacy'
import { installLocationPicker } from './wx/location'
import { installMicrophone } from './wx/recorder'
import { installStorage } from './wx/storage'
import { installSubscribe } from './wx/subscribe'

export { newDevice, USER_DATA_PATH, type Device, type ImageFacts, type Orientation } from './wx/device'
export { markTaps, TAP_ONLY } from './wx/gestures'
export { KEY_LIMIT, TOTAL_LIMIT, USER_FOLDER_LIMIT } from './wx/storage'

type AnyFn = (...args: unknown[]) => unknown

export interface DeviceContext {
  /** The page on top (the scope of a page-level selector query). */
  currentPage(): Caller | undefined
  /** What the app declares: app.json's requiredPrivateInfos and the privacy guide's kinds. */
  privacy: PrivacyDeclarations
}

/** Storage, files, media and upload as on a phone. Call before the test's own mocks. */
export function installDevice(wx: Record<string, unknown>, device: Device, context: DeviceContext): void {
  resetGestures()
  registerBuiltins(device)
  installStorage(wx, device)
  const canvas = installCanvas(wx, device, context.currentPage)
  installCloud(wx, device)
  installCalendar(wx, device)
  installSubscribe(wx, device)
  ;(wx as { __strict?: unknown }).__strict = { canvas, context }
}

/**
 * After the test's own mocks: the rules hold whatever a test replaced. Tap-only APIs refuse calls
 * outside a tap, privacy interfaces wait for consent (or fail undeclared), the recorder asks for
 * the microphone, a map context finds its map in scope, callFunction refuses oversized data.
 */
export function enforceRules(wx: Record<string, unknown>, device: Device): void {
  const strict = (wx as { __strict?: { canvas: ReturnType<typeof installCanvas>; context: DeviceContext } }).__strict!
  enforceTaps(wx, device)
  enforceCloud(wx, device)
  const privacy = installPrivacy(wx, device, strict.context.privacy)
  installMicrophone(wx, device, privacy)
  installLocationPicker(wx, device, privacy)
  wx.createMapContext = strict.canvas.strictMapContext(wx.createMapContext as AnyFn as never, privacy)
}
