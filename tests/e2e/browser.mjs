// Headless Chromium from Debian driven by playwright-core (it cannot
// download its own browser here), against the site served on loopback.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

/** Debian's headless Chromium in a fresh profile, with no requests of its own to the internet. */
export function launchChromium() {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lis1kit-chromium-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * The site on loopback in a fresh Chromium. `now` (a Date) fixes the pages' clock (`Date.now()`, `new Date()`) for
 * the whole context, so that what follows today's date (the sample posting's round, issue 24 item 10) is the same
 * whatever day the tests run; timers keep running.
 */
export async function openSite({ now } = {}) {
  const server = await serve({ port: 0 });
  const context = await launchChromium();
  if (now) await context.clock.setFixedTime(now);
  const origin = new URL(server.url).origin;
  const foreignRequests = [];
  const consoleErrors = [];
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
  });
  async function page(path) {
    const p = await context.newPage();
    p.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`${path}: ${msg.text()}`); });
    p.on('pageerror', (err) => consoleErrors.push(`${path}: ${err.message}`));
    await p.goto(new URL(path, server.url).href);
    return p;
  }
  /** Opens `path` (then `add(page)`, e.g. addAbsenceForm) and waits until the widget `selector` has drawn its form. */
  async function widget(path, selector, add) {
    const p = await page(path);
    await add?.(p);
    const el = p.locator(selector);
    await el.locator('form').waitFor();
    return { page: p, el };
  }
  async function close() {
    await context.close();
    await server.close();
  }
  return { page, widget, close, foreignRequests, consoleErrors, url: server.url, context };
}

/**
 * hr.html's absence check answers the chosen doctor's service form (for="remaining", issue 25 item 1): a test of
 * `<lis1-absence-check>` with a form of its own adds one, `#absence-form`, first in the page's <main>, and waits for
 * its form.
 */
export async function addAbsenceForm(page) {
  await page.evaluate(() => {
    const el = document.createElement('lis1-absence-check');
    el.id = 'absence-form';
    el.setAttribute('rules-href', 'regler.html');
    document.querySelector('main').prepend(el);
  });
  await page.locator('#absence-form form').waitFor();
}

/** Fills row `i` of a service widget's periods: part, start and end, as a person would. */
export async function fillPeriod(el, i, part, start, end) {
  await el.locator(`[data-path="/periods/${i}/part"]`).selectOption(part);
  await el.locator(`[data-path="/periods/${i}/start"]`).fill(start);
  await el.locator(`[data-path="/periods/${i}/end"]`).fill(end);
}

/** Adds an absence row to a service widget and fills it as a day count: part, kind, days. */
export async function addAbsenceDays(el, i, part, kind, days) {
  await el.locator('button[data-add="/absences"]').click();
  await el.locator(`[data-path="/absences/${i}/part"]`).selectOption(part);
  await el.locator(`[data-path="/absences/${i}/kind"]`).selectOption(kind);
  await el.locator(`[data-path="/absences/${i}/days"]`).fill(String(days));
}
