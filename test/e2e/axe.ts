import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level A and AA: what Dutch public bodies must meet (Besluit digitale toegankelijkheid overheid). */
export const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The WCAG 2.1 A/AA violations axe finds on the page as it is now, one line each: the screen, the rule id, its impact,
 * its help text, and the selectors of the offending elements with what axe measured there, so a red run says what
 * to fix and where. `within` narrows the check to part of the page (a CSS selector).
 */
export async function axeViolations(page: Page, screen: string, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (within) builder.include(within);
  const { violations } = await builder
    .withTags(wcag21aa)
    // The app has no frames, so axe.run in the page checks exactly what the cross-frame mode does, in 0.4 s instead of 1 s.
    .setLegacyMode(true)
    // Passes and incomplete checks are not reported, so axe does not spend time describing them.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.map(
    (violation) =>
      `${screen}: ${violation.id} (${violation.impact ?? 'no impact given'}) ${violation.help} — ` +
      violation.nodes
        .map((node) => {
          // What axe measured, e.g. the two colours and their contrast ratio.
          const why = [...node.any, ...node.all, ...node.none].map((result) => result.message).join('; ');
          return `${node.target.join(' ')}${why ? ` (${why})` : ''}`;
        })
        .join(', '),
  );
}
