/**
 * The first paint (issue 10: LCP ≤ 1.2 s on Lighthouse's phone). The story's first response is
 * all its first screen needs. Timings are `npm run bench`'s; this guards their causes, from the
 * outside: the HTML as served and the requests.
 *
 * (Laying the sections below the first screen out only as the reader nears them,
 * `content-visibility: auto`, was tried and taken out: once the page was no longer hydrated it
 * saved no measurable paint time, it added long tasks to the scroll, and it made a reload land
 * elsewhere, since the browser restores the scroll position over estimated heights.)
 */
import { expect, test } from '@playwright/test';
import { budgets } from '../budgets';
import { content } from './support/story';
import { formatKB, gzipSize } from './support/wire';

test('the first response holds the first screen: styles inline, nothing render-blocking, in one round trip', async ({
	page,
	request
}) => {
	const response = await request.get('./');
	expect(response.status()).toBe(200);
	const html = await response.text();
	const head = html.slice(0, html.indexOf('</head>'));

	// No stylesheet to fetch before the first paint, and no classic script that stops the parser.
	// (SvelteKit lists the inlined styles' files as disabled links, for its router: never fetched.)
	const linkedStyles = [...html.matchAll(/<link\b[^>]*>/gi)]
		.map(([tag]) => tag)
		.filter((tag) => /\brel=["']?stylesheet/i.test(tag) && !/\sdisabled\b/i.test(tag));
	expect(linkedStyles, 'linked stylesheets').toEqual([]);
	expect(head, 'an inline style that imports another').not.toMatch(/@import/i);
	const blockingScripts = [...head.matchAll(/<script\b[^>]*>/gi)]
		.map(([tag]) => tag)
		.filter((tag) => /\ssrc=/i.test(tag) && !/\s(async|defer)\b|type=["']?module/i.test(tag));
	expect(blockingScripts, 'render-blocking scripts in <head>').toEqual([]);

	// The first screen (the header: headline, locator map, standfirst, credit) within the first
	// ~14 KB the server may send before it waits for the reader's first acknowledgement.
	const h1 = html.indexOf('<h1');
	const headerEnd = html.indexOf('</header>', h1) + '</header>'.length;
	expect(h1, 'the headline in the HTML').toBeGreaterThan(0);
	const firstScreen = html.slice(0, headerEnd);
	expect(firstScreen).toContain(content.story.headline);
	const bytes = gzipSize(Buffer.from(firstScreen));
	const line = `HTML up to the end of the first screen: ${formatKB(bytes)} gzipped (of ${formatKB(gzipSize(Buffer.from(html)))})`;
	test.info().annotations.push({ type: 'bytes', description: line });
	expect(bytes, `${line}, budget ${formatKB(budgets.firstScreenHtml)}`).toBeLessThanOrEqual(
		budgets.firstScreenHtml
	);

	// And in the browser: the page asks for no stylesheet at all, and its first screen is drawn.
	const stylesheets: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'stylesheet') stylesheets.push(r.url());
	});
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	expect(stylesheets).toEqual([]);
	await expect(page.getByText(content.story.standfirst)).toBeVisible();
});

test('no script is asked for on the way to the first paint: the page’s own script comes after it', async ({
	page
}) => {
	// Lighthouse's simulated LCP counts every request started before the paint, low priority or not.
	await page.addInitScript(() => {
		requestAnimationFrame(() => {
			(window as unknown as { firstFrameAt: number }).firstFrameAt = performance.now();
		});
	});
	const response = await page.goto('./');
	const html = (await response?.text()) ?? '';
	expect(html, 'a script file named in the HTML').not.toMatch(/<script\b[^>]*\ssrc=/i);
	expect(html, 'a script preloaded by the HTML').not.toMatch(
		/<link\b[^>]*(modulepreload|as="?script)/i
	);

	// The page's script arrives (after the paint), and nothing else was asked for before it.
	const scriptsAsked = () =>
		page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((e) => new URL(e.name).pathname.endsWith('.js'))
				.map((e) => ({ url: e.name, at: e.startTime }))
		);
	await expect.poll(async () => (await scriptsAsked()).length).toBeGreaterThan(0);
	const scripts = await scriptsAsked();
	const firstFrameAt = await page.evaluate(
		() => (window as unknown as { firstFrameAt: number }).firstFrameAt
	);
	for (const script of scripts) {
		expect(script.at, `${script.url} asked for before the first frame`).toBeGreaterThanOrEqual(
			firstFrameAt
		);
	}
});
