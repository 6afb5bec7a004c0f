// Chromium through playwright-core (the machine's own build), axe-core checks and the
// screenshot matrix: every page at 375 and 1280 px, light and dark.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium() {
  return CANDIDATES.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

export async function launch(executablePath) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

// Evaluated through the DevTools protocol rather than added as a <script>: the app's
// Content-Security-Policy (rightly) refuses inline scripts, and the tests keep it on.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the page; returns the serious and critical violations. */
export async function axeViolations(page) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 3)
        .map(
          (n) =>
            `${n.target.join(' ')}: ${(n.any[0]?.message ?? n.failureSummary ?? '').slice(0, 160)}`,
        ),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export const WIDTHS = [375, 1280];
export const MODES = ['light', 'dark'];

/**
 * Checks the current page at both widths in both colour modes: axe must find nothing serious,
 * and a full-page screenshot of each combination is saved.
 */
export async function checkPage(page, name, screenshotDir) {
  mkdirSync(screenshotDir, { recursive: true });
  const problems = [];
  const original = page.viewportSize();
  // Colour transitions would let axe measure a colour half-way between two themes.
  await page.evaluate(() => {
    // A constructed style sheet: CSSOM, which the CSP's style-src does not govern.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '*, *::before, *::after { transition: none !important; animation: none !important; }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const mode of MODES) {
      await page.emulateMedia({ colorScheme: mode });
      // After the resize the app may re-apply the preferred mode; then force the one checked.
      await page.waitForTimeout(150);
      await page.evaluate((m) => document.documentElement.setAttribute('data-bs-theme', m), mode);
      await page.waitForTimeout(50);
      for (const v of await axeViolations(page)) {
        problems.push(
          `${name} @${width}px ${mode}: [${v.impact}] ${v.id} — ${v.help} (${v.nodes.join(', ')})`,
        );
      }
      await page.screenshot({
        path: path.join(screenshotDir, `${name}-${width}-${mode}.png`),
        fullPage: true,
      });
    }
  }
  if (original) await page.setViewportSize(original);
  await page.emulateMedia({ colorScheme: null });
  return problems;
}
