// scratch: screenshots of given paths
import { launchBrowser, watchErrors } from './harness.ts';
const [base, ...routes] = process.argv.slice(2);
const browser = await launchBrowser();
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = watchErrors(page);
  for (const r of routes) {
    await page.goto(base + r, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const name = `/tmp/shots/${width}-${r.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: name, fullPage: process.env.FULL !== '0' });
    console.log(name, errors.splice(0).join(' | '));
  }
  await page.close();
}
await browser.close();
