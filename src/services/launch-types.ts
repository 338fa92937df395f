// What the two platform files of ./launch answer.
import type { Implements } from '../platform-contract'

/** WeChat's scene for a page opened from a post in 朋友圈: the page runs in single-page mode. */
export const SINGLE_PAGE_SCENE = 1154

/**
 * Whether this run is WeChat's single-page mode (a page shared to 朋友圈): no tab bar, no
 * navigation to other pages, no button open-type; the bar at the bottom opens the full app.
 */
export type SinglePageMode = () => boolean

export interface LaunchPlatform {
  isSinglePageMode: SinglePageMode
}

export type LaunchPlatforms = [
  Implements<LaunchPlatform, typeof import('./launch.weapp')>,
  Implements<LaunchPlatform, typeof import('./launch.h5')>
]
