/**
 * The first paint (issue 10: LCP ≤ 1.2 s on Lighthouse's phone). The story's first response is
 * all its first screen needs, and the sections below the first screen cost nothing until the
 * reader nears them (`content-visibility: auto`, styles/static-sections.css), yet find-in-page,
 * anchors and printing still reach them. Timings are `npm run bench`'s; this guards their causes,
 * from the outside: the HTML as served, the requests, and what the browser has drawn.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { budgets } from '../budgets';
import { content } from './support/story';
import { formatKB, gzipSize } from './support/wire';

/** Whether the browser has drawn the element (false while its section is skipped). */
function drawn(page: Page, selector: string | Locator): Promise<boolean> {
	return (typeof selector === 'string' ? page.locator(selector) : selector)
		.first()
		.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
}

/** Total layout shift seen so far, not caused by input (collected from the start of the load). */
async function watchShifts(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __shift: number };
		w.__shift = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as {
				value: number;
				hadRecentInput: boolean;
			}[])
				if (!entry.hadRecentInput) w.__shift += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	return () => page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

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
	expect(await drawn(page, 'h1')).toBe(true);
	expect(await drawn(page, page.getByText(content.story.standfirst))).toBe(true);
});

test('sections below the first screen are drawn as the reader nears them, with nothing moving and the page as long as it is', async ({
	page
}) => {
	const shift = await watchShifts(page);
	await page.goto('./');
	const lengthAtLoad = await page.evaluate(() => document.documentElement.scrollHeight);

	// At load the end of the page is not drawn yet; the first screen is.
	expect(await drawn(page, 'h1')).toBe(true);
	expect(await drawn(page, '#report h2'), 'the report, at the end, drawn at load').toBe(false);

	// Read down the page a screen at a time: each section is drawn by the time it is on screen.
	const height = await page.evaluate(() => innerHeight);
	for (
		let y = height;
		y < (await page.evaluate(() => document.documentElement.scrollHeight));
		y += height
	) {
		await page.evaluate((top) => window.scrollTo(0, top), y);
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
	}
	await expect.poll(() => drawn(page, '#report li:last-child')).toBe(true);
	await expect(page.locator('#report li').last()).toBeInViewport();

	// Nothing on screen moved while sections were drawn, and the page's length at load was within
	// 5 % of its length once every section has been drawn (the scrollbar told the truth).
	expect(await shift()).toBe(0);
	const length = await page.evaluate(() => document.documentElement.scrollHeight);
	expect(
		Math.abs(lengthAtLoad - length) / length,
		`page ${lengthAtLoad} px long at load, ${length} px drawn: update the estimates in styles/static-sections.css`
	).toBeLessThanOrEqual(0.05);
});

test('find-in-page, an anchor and printing reach the sections not yet drawn', async ({ page }) => {
	await page.goto('./');
	// A phrase found only in the report (the steps quote it too), from its last paragraphs.
	const body = await page.evaluate(() => document.body.textContent!.replace(/\s+/g, ' '));
	const phrase = content.report.paragraphs
		.map((p) => p.text.split(/\s+/).slice(0, 6).join(' '))
		.findLast((words) => body.split(words).length === 2);
	expect(phrase, 'a phrase of the report found once on the page').toBeTruthy();
	expect(await drawn(page, '#report h2')).toBe(false);

	// Find in page (Chromium's window.find is what Ctrl+F does) finds text in a skipped section.
	const found = await page.evaluate((text) => {
		const hit = (window as unknown as { find(s: string): boolean }).find(text);
		return hit ? getSelection()?.anchorNode?.parentElement?.closest('section')?.id : null;
	}, phrase!);
	expect(found).toBe('report');

	// A link to a paragraph of the report lands on it, drawn.
	const seventh = content.report.paragraphs[6]!;
	await page.goto(`./#${seventh.anchor}`);
	await expect(page.locator(`#${seventh.anchor}`)).toBeInViewport();
	expect(await drawn(page, `#${seventh.anchor}`)).toBe(true);

	// Printing draws every section.
	await page.goto('./');
	await page.emulateMedia({ media: 'print' });
	const ids = await page.locator('#main > section').evaluateAll((els) => els.map((el) => el.id));
	expect(ids.length).toBeGreaterThan(3);
	for (const id of ids) expect(await drawn(page, `#${id} h2`), id).toBe(true);
});
