// WeChat: in the main package like the rest of the launch (Taro's WeChat build loads no chunk
// on demand); only its start waits for the first screen.
import * as launchWork from './launch-work'
import type { LoadLaunchWork } from './launch-work-loader-types'

export const loadLaunchWork: LoadLaunchWork = async () => launchWork
