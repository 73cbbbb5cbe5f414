import type { Page } from 'playwright-core';

/** One `securitypolicyviolation` event, as much of it as says what broke and where. */
export type CspViolation = { directive: string; blockedURI: string; sample: string };

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

/**
 * Records every Content Security Policy violation in `page` from before its first script runs.
 * Call before `page.goto`; the returned function reads what the current document has recorded.
 */
export async function watchCspViolations(page: Page): Promise<() => Promise<CspViolation[]>> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
      });
    });
  });
  return () => page.evaluate(() => window.__cspViolations ?? []);
}
