// What both platform files of ./a11y offer: accessibility props to spread onto a Taro component
// (the browser's ARIA names; on WeChat the keys its templates read).
import type { Implements } from '../platform-contract'

export interface A11yPlatform {
  headingProps: (level: 1 | 2 | 3) => object
  choiceProps: (role: 'radio' | 'checkbox' | 'switch', checked: boolean, label: string) => object
  scrollRegionProps: (name?: string) => object
  pageRegionProps: () => object
  imageProps: (description: string) => object
}

export type A11yPlatforms = [
  Implements<A11yPlatform, typeof import('./a11y.weapp')>,
  Implements<A11yPlatform, typeof import('./a11y.h5')>
]
