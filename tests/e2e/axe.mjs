// axe-core (WCAG 2.1 A/AA rules) run inside a page, open shadow roots
// included. Returns the violations as short strings so a failing assertion
// says which rule and which node.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 level A and AA, the requirement of the project. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on `page` (optionally limited to `selector`) and returns one line
 * per violating node: "rule-id (impact): target — summary".
 */
export async function axeViolations(page, selector) {
  // Injected as a script element would be blocked by the pages' CSP; evaluate
  // runs in the page's main world through the DevTools protocol instead.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(axeSource);
  }
  const results = await page.evaluate(async ({ selector, tags }) => {
    const context = selector ? { include: [[selector]] } : document;
    return window.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, { selector, tags: WCAG_TAGS });
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} — ${n.failureSummary?.split('\n').join(' ')}`));
}
