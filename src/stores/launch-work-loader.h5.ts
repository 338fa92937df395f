// Browser: a chunk of its own, fetched after the first screen (app.js stays smaller).
import type { LoadLaunchWork } from './launch-work-loader-types'

export const loadLaunchWork: LoadLaunchWork = () => import('./launch-work')
