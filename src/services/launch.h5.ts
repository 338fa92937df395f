// Browser: there is no 朋友圈 single-page mode; every page has the whole app around it.
import type { SinglePageMode } from './launch-types'

export const isSinglePageMode: SinglePageMode = () => false
