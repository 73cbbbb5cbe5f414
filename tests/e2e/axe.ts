import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.2 AA rule set: every A and AA rule from WCAG 2.0, 2.1 and 2.2. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Makes axe-core available in every document the page loads, including after navigations.
 * An init script goes in through the DevTools protocol, so the site's Content Security Policy
 * (no inline scripts) does not block it the way `page.addScriptTag({ content })` would be blocked.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.context().addInitScript({ content: axeSource });
}

/** Runs axe on the whole document and returns its violations of the WCAG 2.2 AA rules. */
export async function findViolations(page: Page): Promise<Result[]> {
  const results = await page.evaluate(async (tags): Promise<AxeResults> => {
    const { axe } = window as unknown as { axe?: typeof import('axe-core') };
    if (!axe) throw new Error('axe-core is not loaded in this page: call injectAxe(page) first');
    return axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
  }, WCAG_22_AA);
  return results.violations;
}

/** One line per offending element: rule, impact, what is wrong and where, for a failing test. */
export function formatViolations(where: string, violations: Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${where}: ${violation.id} (${violation.impact ?? 'unknown impact'}) ` +
          `${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
      ),
    )
    .join('\n');
}
