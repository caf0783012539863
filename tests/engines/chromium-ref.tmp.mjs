import puppeteer from 'puppeteer-core';
import { HELPERS } from './support/in-page.mjs';
import { serve } from './support/server.mjs';
const server = await serve({ root: 'build', port: 4324 });
const c = await puppeteer.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--hide-scrollbars'],
	headless: true
});
for (const [name, w, h, mobile] of [
	['phone', 390, 844, true],
	['desktop', 1440, 900, false]
]) {
	const p = await c.newPage();
	await p.setViewport({ width: w, height: h, isMobile: mobile, hasTouch: mobile });
	await p.goto(server.origin + '/', { waitUntil: 'load' });
	await p.evaluate(HELPERS);
	const steps = await p.evaluate(() => window.__engines.steps());
	for (const s of steps) {
		if (
			![
				'three-days',
				'storming',
				'takeover',
				'casualties-killed',
				'casualties-when',
				'mines-map',
				'mines-centerra',
				'mines-all'
			].includes(s.id)
		)
			continue;
		await p.evaluate((id) => window.__engines.scrollGently(window.__engines.readingY(id)), s.id);
		console.log(
			name,
			s.id,
			await p.evaluate((id) => window.__engines.waitStep(id), s.id),
			await p.evaluate((id) => window.__engines.layoutProblems(id), s.id)
		);
		await p.screenshot({ path: `/tmp/wt12-tmp/chromium-${name}-${s.id}.png` });
	}
	await p.close();
}
await c.close();
await server.close();
