// node scripts/screenshot.mjs <url> <out.png> [width=1000] [light|dark] [top=0] [height=full]
// A full-page screenshot in headless Chromium, to look at what a person would see.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const [url, out, width = '1000', scheme = 'light', top = '0', height] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [light|dark]');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'cw-shot-'));
const ctx = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  viewport: { width: Number(width), height: 900 },
  colorScheme: scheme === 'dark' ? 'dark' : 'light',
});
try {
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  page.on('pageerror', (e) => console.error('pageerror:', e.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const clip = height ? { x: 0, y: Number(top), width: Number(width), height: Number(height) } : undefined;
  await page.screenshot({ path: out, fullPage: true, clip });
  console.log(`wrote ${out}`);
} finally {
  await ctx.close();
  rmSync(dir, { recursive: true, force: true });
}
