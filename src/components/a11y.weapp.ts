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
