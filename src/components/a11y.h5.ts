// ARIA that Taro's component typings leave out (aria-level, aria-checked). Taro rewrites the
// JSX attributes ariaRole/ariaLabel at build time, but not keys inside a spread object, so these
// helpers give the DOM names directly. This is the browser's; WeChat's templates read other keys
// (a11y.weapp.ts; both keep a11y-types.ts). Typed as a plain object so they spread onto any Taro
// component.

export function headingProps(level: 1 | 2 | 3): object {
  return { role: 'heading', 'aria-level': level }
}

/** A View acting as a radio, checkbox or switch, with its state and name. */
export function choiceProps(role: 'radio' | 'checkbox' | 'switch', checked: boolean, label: string): object {
  return { role, 'aria-checked': checked, 'aria-label': label }
}
