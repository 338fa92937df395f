// What the two platform files of ./launch-work-loader answer.
import type { Implements } from '../platform-contract'

/** The launch work module (./launch-work), loaded when it is time to start it. */
export type LoadLaunchWork = () => Promise<{ startLaunchWork: () => void }>

export interface LaunchWorkLoaderPlatform {
  loadLaunchWork: LoadLaunchWork
}

export type LaunchWorkLoaderPlatforms = [
  Implements<LaunchWorkLoaderPlatform, typeof import('./launch-work-loader.weapp')>,
  Implements<LaunchWorkLoaderPlatform, typeof import('./launch-work-loader.h5')>
]
