// What both platform files of ./index offer: the browser build's identity switch (npm start);
// WeChat renders nothing.
import type { ReactElement } from 'react'
import type { Implements } from '../../platform-contract'

export interface DevIdentitySwitchPlatform {
  DevIdentitySwitch: () => ReactElement | null
}

export type DevIdentitySwitchPlatforms = [
  Implements<DevIdentitySwitchPlatform, typeof import('./index.weapp')>,
  Implements<DevIdentitySwitchPlatform, typeof import('./index.h5')>
]
