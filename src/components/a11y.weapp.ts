// WeChat: the templates read only ariaLabel / ariaRole (added by @tarojs/plugin-inject in
// config/index.ts); keys spread as DOM names (aria-label) never reach them, and aria-checked /
// aria-level are not in the templates (each attribute costs template size), so the state goes
// into the label.

export function headingProps(_level: 1 | 2 | 3): object {
  return { ariaRole: 'heading' }
}

/** A View acting as a radio, checkbox or switch, with its state and name. */
export function choiceProps(role: 'radio' | 'checkbox' | 'switch', checked: boolean, label: string): object {
  return { ariaRole: role, ariaLabel: `${label}${checked ? '，已选' : ''}` }
}

/**
 * WeChat: nothing. Its reader has no landmarks to jump between, and aria-role main on the page's
 * root view stopped the map page's list from updating in tests/weapp/render.test.ts (map).
 */
export function pageRegionProps(): object {
  return {}
}

/** A picture that says something: WeChat's reader says the image's aria-label. */
export function imageProps(description: string): object {
  return { ariaLabel: description }
}

/**
 * WeChat has no keyboard focus to give a scrolling box (its reader reaches every View by
 * swiping), so only the name; tabindex is in WeChat's ARIA list
 * (developers.weixin.qq.com/miniprogram/dev/component/aria-component.html) but not in the
 * templates, and would cost template size for nothing.
 */
export function scrollRegionProps(name?: string): object {
  return name ? { ariaRole: 'group', ariaLabel: name } : {}
}
