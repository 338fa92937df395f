/**
 * axe-core on the page as it stands: the serious and critical violations, each as
 * "rule (impact): first three targets". No rule is switched off. Journeys that fill a list call it
 * on the filled state too, because e2e files share one backend and run in any order: a page the
 * review or a11y saw empty may be full when another journey ran first.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

export async function seriousViolations(page: Page): Promise<string[]> {
  // A toast (已报名, 已保存 …) fades in and out over the page: axe read one mid-fade on CI and
  // reported its colours (white on a half-drawn dark box) as low contrast. It is checked once gone;
  // a toast that never goes fails here.
  await page.locator('.taro__toast').waitFor({ state: 'hidden', timeout: 5000 })
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`
    )
}
