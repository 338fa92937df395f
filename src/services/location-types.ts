// What the two platform files of ./location answer, so the store and the pages never see a
// platform difference: a GCJ-02 point, or why there is none.
import type { Gcj02Point } from '../domain/places'
import type { Implements } from '../platform-contract'

export type LocateFailure =
  /** The user (or an earlier answer) refused location for this app: settings can turn it back on. */
  | 'denied'
  /** The privacy sheet was declined: nothing may be asked until the user agrees. */
  | 'privacy'
  /** The phone could not tell (location switched off, no signal, timeout). */
  | 'unavailable'

export type LocateResult = { ok: true; point: Gcj02Point; accuracyM?: number } | { ok: false; reason: LocateFailure }

/** After the settings page closes: location allowed now, still refused, or no settings page here. */
export type SettingsOutcome = 'granted' | 'denied' | 'unsupported'

export interface LocationPlatform {
  /** Whether openLocationSettings can open a settings page here. */
  CAN_OPEN_SETTINGS: boolean
  SETTINGS_HINT: string
  /** Where a refusal is undone, as a clause inside a form's message (the form offers other ways). */
  ALLOW_AGAIN: string
  locate: () => Promise<LocateResult>
  openLocationSettings: () => Promise<SettingsOutcome>
}

export type LocationPlatforms = [
  Implements<LocationPlatform, typeof import('./location.weapp')>,
  Implements<LocationPlatform, typeof import('./location.h5')>
]
