import AxeBuilder from '@axe-core/playwright';
import { Browser, chromium, Page } from 'playwright-core';

/** Debian's Chromium (installed by test/harness/chromium.sh), never a test tool's own download. */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function startChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * WCAG 2.1 AA: the serious or critical violations on this page (none expected). Legacy mode runs axe in the page
 * itself; the default opens a blank page per check to merge the frames' results, which took half of every browser
 * test's time — the web app has no frames (test/web/toegankelijk.test.ts shows the check still finds violations).
 */
export async function toegankelijk(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length}×)`);
}

/** A fresh browser context signed in as this demo persona (its button on the sign-in page). */
export async function aangemeldAls(browser: Browser, basis: string, persona: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(basis);
  await page.getByRole('button', { name: persona, exact: true }).click();
  await page.getByText('Aangemeld als').waitFor();
  return page;
}

/** The viewports the household's pages are tested at: a phone (390 px wide) and a laptop. */
export const SCHERMEN = [{ naam: 'telefoon', width: 390, height: 844 }, { naam: 'laptop', width: 1366, height: 900 }] as const;

/** What sticks out beyond the screen's width (none expected): each element that does, tables that scroll within themselves aside. */
export function teBreed(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const breedte = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= breedte) return [];
    return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > breedte + 1 && !e.closest('.utrecht-table-container--overflow-inline *'))
      .map((e) => e.tagName.toLowerCase() + '.' + e.className + ': ' + (e.textContent ?? '').slice(0, 40));
  })()`);
}
