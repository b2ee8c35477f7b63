import { chromium } from 'playwright-core';
const [,, url, out, ...steps] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })).newPage();
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.type(), m.text().slice(0, 400)); });
page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
await page.goto(url);
await page.waitForTimeout(3000);
for (const s of steps) { console.log('step', s); await eval(`(async () => { ${s} })()`); await page.waitForTimeout(1500); }
await page.screenshot({ path: out, fullPage: true });
console.log((await page.locator('body').innerText()).slice(0, 1500));
await browser.close();
