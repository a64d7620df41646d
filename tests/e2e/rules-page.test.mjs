// www/regler.html: <lis1-rules> lists exactly the rule ids of RULES.md,
// drawn from the code's rule table, so the page, the code and the rules
// document cannot drift apart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { openSite } from './browser.mjs';

// CI runs with shared/ beside the clone (../shared from the repository).
const rulesMd = new URL('../../../shared/domain/RULES.md', import.meta.url);

let site;
before(async () => { site = await openSite(); });
after(async () => { await site?.close(); });

test('the rules page lists every rule id of RULES.md and no other', { skip: !existsSync(rulesMd) && 'shared/domain/RULES.md is not beside this clone' }, async () => {
  // Ids in RULES.md: first cells of table rows (| S-1 |) and bullet items (- A-5:, - B-40:, - C-20 ...).
  const text = readFileSync(rulesMd, 'utf8');
  const documented = [...text.matchAll(/^(?:\| |- )([A-Z]-O?\d+)\b/gm)].map((m) => m[1]);
  const page = await site.page('regler.html');
  const el = page.locator('#rules');
  await el.locator('tbody tr').first().waitFor();
  const shown = await el.locator('tbody th').allTextContents();
  assert.deepEqual([...new Set(shown)].sort(), [...new Set(documented)].sort());
  // Status words are shown in the page language.
  assert.equal(await el.locator('tr#S-5 td').first().textContent(), 'uavklart (valg med standard)');
  assert.equal(await el.locator('tr#P-2 td').first().textContent(), 'forkastet (brukes ikke)');
});
