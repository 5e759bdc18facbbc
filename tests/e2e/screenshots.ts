/**
 * Screenshots of a built site for review: node tests/e2e/screenshots.ts <dist> <out-dir> <path>...
 * Each path is shot at 1280 px and 390 px wide, light and (with DARK=1) dark.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, serveStatic } from './harness.ts';

const [dist, out, ...paths] = process.argv.slice(2);
if (!dist || !out || paths.length === 0) throw new Error('usage: screenshots.ts <dist> <out> <path>...');
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist, process.env.BASE_PATH || '/');
const browser = await launchChromium();
try {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({
      viewport: { width, height: 900 },
      colorScheme: process.env.DARK ? 'dark' : 'light',
    });
    page.on(
      'console',
      (m) => m.type() === 'error' && console.log(`console error on ${page.url()}: ${m.text()}`),
    );
    for (const path of paths) {
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${width}${process.env.DARK ? '-dark' : ''}.png`;
      await page.screenshot({ path: join(out, name), fullPage: !process.env.VIEWPORT_ONLY });
      console.log(join(out, name));
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
