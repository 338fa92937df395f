/**
 * axe-core on the page as it stands: the serious and critical violations, each as
 * "rule (impact): first three targets". No rule is switched off. Journeys that fill a list call it
 * on the filled state too, because e2e files share one backend and run in any order: a page the
 * review or a11y saw empty may be full when another journey ran first.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

export async function seriousViolations(page: Page): Promise<string[]> {
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
