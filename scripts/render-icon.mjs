// Renders docs/images/icon.svg to the 128x128 PNG the marketplace listing needs (package.json "icon"), with the
// Debian Chromium driven by playwright-core (both already used by the e2e tests). Run after editing the SVG:
//   node scripts/render-icon.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('docs/images/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: 'docs/images/icon.png', omitBackground: true });
} finally {
  await browser.close();
}
console.log('wrote docs/images/icon.png');
