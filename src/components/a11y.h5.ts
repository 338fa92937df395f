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

/** The page's main content (PageShell): a landmark, and the keyboard's way into the scrolling page box. */
export function pageRegionProps(): object {
  return { role: 'main', tabIndex: 0 }
}

/**
 * A picture that says something (a photo, a child's drawing): Taro's browser Image draws an inner
 * <img> that takes only nativeProps, so the description goes there as its alt text.
 */
export function imageProps(description: string): object {
  return { nativeProps: { alt: description } }
}

/**
 * A box that scrolls (a sideways chip row, the page): a keyboard user can reach it with Tab and
 * scroll it with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable), since the Views
 * inside take no focus. `name` names it where no role and label are on the same View already.
 */
export function scrollRegionProps(name?: string): object {
  return name ? { tabIndex: 0, role: 'group', 'aria-label': name } : { tabIndex: 0 }
}
