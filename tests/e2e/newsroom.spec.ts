/**
 * For newsrooms (issue 6): embeds that resize themselves in another site's page (our host script
 * and the real pym.js), share tags and image, data downloads that parse back to the same data, a
 * Content-Security-Policy that nothing on our pages violates, and no request leaving the site.
 *
 * Runs against whatever build the config serves: the default build at the root (no SITE_URL), and,
 * with .config/playwright.subpath.config.ts, a build under a sub-path with SITE_URL set.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { embedCode } from '../../src/lib/embed/code';
import { DATASET_NAMES, entriesFromRecords } from '../../src/lib/downloads/datasets';
import type { ChartName } from '../../src/lib/content/types';
import { content, scrollySections, watchPage } from './support/story';
import { startStaticServer, type StaticServer } from '../shared/static-server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The build being tested, and how it was built. */
const siteDir = process.env.KG_SITE_DIR ?? path.join(repo, 'build');
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : null;

const embeds = scrollySections.map(({ section, steps }) => ({
	chart: section.chart as ChartName,
	section,
	steps
}));

/** Adds a listener that records every CSP violation, before any of the page's own code runs. */
async function countViolations(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { cspViolations: string[] };
		w.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			w.cspViolations.push(
				`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`
			);
		});
	});
}
const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Height of the iframe element and of the document inside it. */
async function frameHeights(page: Page, iframe: string, frame: () => Frame) {
	const outer = await page.locator(iframe).evaluate((el) => el.getBoundingClientRect().height);
	const inner = await frame().evaluate(
		() => document.documentElement.getBoundingClientRect().height
	);
	return { outer, inner };
}

/** Waits until the iframe is as tall as its content (within 2 px); returns the height. */
async function expectFitted(page: Page, iframe: string, frame: () => Frame) {
	await expect
		.poll(async () => {
			const { outer, inner } = await frameHeights(page, iframe, frame);
			return Math.abs(outer - inner);
		})
		.toBeLessThanOrEqual(2);
	return (await frameHeights(page, iframe, frame)).inner;
}

test.describe('embeds', () => {
	for (const { chart, section, steps } of embeds) {
		test(`${chart}: one graphic, its title, a source line and working step buttons`, async ({
			page
		}) => {
			const watch = watchPage(page);
			await page.goto(`embed/${chart}/`);
			await expect(page.locator('h1')).toHaveText(section.title);
			await expect(page.locator('figure[data-chart]')).toHaveCount(1);
			const figure = page.locator(`figure[data-chart="${chart}"]`);
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

			const prev = page.getByRole('button', { name: 'Previous' });
			const next = page.getByRole('button', { name: 'Next' });
			await expect(figure).toHaveAttribute('data-state', steps[0]!.id);
			await expect(page.getByText(`Step 1 of ${steps.length}`)).toBeVisible();
			await expect(prev).toHaveAttribute('aria-disabled', 'true');
			for (const button of [prev, next]) {
				const box = await button.boundingBox();
				expect(box?.height).toBeGreaterThanOrEqual(44);
				expect(box?.width).toBeGreaterThanOrEqual(44);
			}
			for (let i = 0; i < steps.length; i++) {
				const step = steps[i]!;
				await expect(figure).toHaveAttribute('data-state', step.id);
				await expect(page.getByText(`Step ${i + 1} of ${steps.length}`)).toBeVisible();
				await expect(page.locator('.step-title')).toHaveText(step.title);
				await expect(page.locator('[data-step-text]')).toHaveText(step.graphic);
				if (i < steps.length - 1) await next.click();
			}
			await expect(next).toHaveAttribute('aria-disabled', 'true');
			await next.click({ force: true }); // does nothing at the last step
			await expect(figure).toHaveAttribute('data-state', steps.at(-1)!.id);
			await prev.click();
			await expect(figure).toHaveAttribute('data-state', steps.at(-2)!.id);

			// The source line links to the full story, at this graphic's section.
			const story = page.getByRole('link', { name: /Read the full story/ });
			const href = (siteUrl ?? '') + `${basePath}/#section-${section.id}`;
			await expect(story).toHaveAttribute('href', href);

			// Nothing to scroll sideways, and the graphic fits without scrolling inside it.
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			expect(watch.errors).toEqual([]);
		});

		test(`${chart}: ?step= opens at that step`, async ({ page }) => {
			const step = steps[1]!;
			await page.goto(`embed/${chart}/?step=${step.id}`);
			await expect(page.locator(`figure[data-chart="${chart}"]`)).toHaveAttribute(
				'data-state',
				step.id
			);
			await expect(page.getByText(`Step 2 of ${steps.length}`)).toBeVisible();
		});

		for (const colorScheme of ['light', 'dark'] as const) {
			test(`${chart}: axe finds no violations (${colorScheme})`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await page.goto(`embed/${chart}/`);
				await page.getByRole('button', { name: 'Next' }).click();
				const results = await new AxeBuilder({ page }).analyze();
				expect(
					results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
				).toEqual([]);
			});
		}
	}

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		for (const { chart, section, steps } of embeds) {
			test(`${chart}: the overview state and every step's text`, async ({ page }) => {
				await page.goto(`embed/${chart}/`);
				const figure = page.locator(`figure[data-chart="${chart}"]`);
				await expect(figure).toHaveAttribute('data-state', section.overview ?? steps[0]!.id);
				await expect(figure.locator('svg').first()).toBeVisible();
				await expect(page.getByRole('button', { name: 'Next' })).toHaveCount(0);
				const list = page.locator('ol.all-steps li');
				await expect(list).toHaveCount(steps.length);
				for (const [i, step] of steps.entries()) {
					await expect(list.nth(i)).toContainText(step.graphic);
				}
			});
		}
	});

	test('an unknown embed name gets the site’s 404 page on a static host', async ({ page }) => {
		const server = await startStaticServer({ root: siteDir, base: basePath });
		try {
			const response = await page.goto(`${server.url}embed/nope/`);
			expect(response?.status()).toBe(404);
			const notFound = readFileSync(path.join(siteDir, '404.html'), 'utf8');
			const heading = /<h1[^>]*>([^<]+)<\/h1>/.exec(notFound)?.[1];
			expect(heading, 'the site has a 404 page with a heading').toBeTruthy();
			await expect(page.locator('h1')).toHaveText(heading!);
			// and the three real ones are files the host can serve
			for (const { chart } of embeds) {
				expect((await page.request.get(`${server.url}embed/${chart}/`)).status()).toBe(200);
			}
		} finally {
			await server.close();
		}
	});
});

test.describe('resizing in another site’s page', () => {
	let host: StaticServer;
	test.beforeAll(async () => {
		const pym = readFileSync(path.join(repo, 'node_modules/pym.js/dist/pym.v1.min.js'));
		host = await startStaticServer({
			pages: {
				'/pym.v1.min.js': { body: pym, type: 'text/javascript' },
				'/rogue.html': {
					type: 'text/html',
					body: `<!doctype html><title>rogue</title><script>
						setInterval(() => parent.postMessage('pymxPYMxxPYMxheightxPYMx1234', '*'), 50);
					</script>`
				}
			}
		});
	});
	test.afterAll(async () => host?.close());

	/** Serves a host page (an article with our embed in it) on the second origin and opens it. */
	async function openHost(page: Page, name: string, body: string) {
		const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>
			<style>body{margin:0;font:18px/1.5 serif}.col{max-width:680px;margin:0 auto;padding:0 12px}</style>
			</head><body><div class="col"><p>An article on another site.</p>${body}<p>More of the article.</p></div></body></html>`;
		const server = await startStaticServer({
			pages: { [`/${name}`]: { body: html, type: 'text/html' } }
		});
		await page.goto(`${server.url}${name}`);
		return server;
	}

	const embedUrl = (baseURL: string | undefined, chart: string) =>
		new URL(`embed/${chart}/`, baseURL).href;

	for (const { chart, steps } of embeds) {
		test(`${chart}: /embed.js keeps the iframe as tall as its content`, async ({
			page,
			baseURL
		}) => {
			const code = embedCode({
				src: embedUrl(baseURL, chart),
				script: new URL('embed.js', baseURL).href,
				title: `${chart} graphic`,
				height: 300
			});
			const server = await openHost(page, 'host.html', code);
			try {
				expect(new URL(server.origin).port).not.toBe(new URL(baseURL!).port);
				const frame = () => page.frame({ url: /\/embed\// })!;
				await expect.poll(() => page.frame({ url: /\/embed\// }) !== null).toBe(true);
				await frame().waitForSelector('.controls');

				const loaded = await expectFitted(page, 'iframe', frame);
				expect(loaded).toBeGreaterThan(300);
				// No scrolling inside the iframe.
				const inside = await frame().evaluate(
					() => document.documentElement.scrollHeight - window.innerHeight
				);
				expect(inside).toBeLessThanOrEqual(2);

				// Resize: a narrower column makes the content taller; the iframe follows.
				await page.setViewportSize({ width: 320, height: 700 });
				const narrow = await expectFitted(page, 'iframe', frame);
				expect(narrow).not.toBe(loaded);

				// Step changes: the iframe follows each one.
				for (let i = 1; i < steps.length; i++) {
					await frame().getByRole('button', { name: 'Next' }).click();
					await expect(frame().locator(`figure[data-chart="${chart}"]`)).toHaveAttribute(
						'data-state',
						steps[i]!.id
					);
					await expectFitted(page, 'iframe', frame);
				}
			} finally {
				await server.close();
			}
		});

		test(`${chart}: a page using pym.js resizes it unchanged`, async ({ page, baseURL }) => {
			const body = `<div id="kg-${chart}"></div>
				<script src="${host.origin}/pym.v1.min.js"></script>
				<script>new pym.Parent('kg-${chart}', ${JSON.stringify(embedUrl(baseURL, chart))}, { title: '${chart} graphic' });</script>`;
			const server = await openHost(page, 'pym-host.html', body);
			try {
				const frame = () => page.frame({ url: /\/embed\// })!;
				await expect.poll(() => page.frame({ url: /\/embed\// }) !== null).toBe(true);
				// pym.js gave the child its id in the address.
				expect(frame().url()).toContain(`childId=kg-${chart}`);
				await frame().waitForSelector('.controls');
				const loaded = await expectFitted(page, 'iframe', frame);
				await page.setViewportSize({ width: 320, height: 700 });
				expect(await expectFitted(page, 'iframe', frame)).not.toBe(loaded);
				await frame().getByRole('button', { name: 'Next' }).click();
				await expectFitted(page, 'iframe', frame);
			} finally {
				await server.close();
			}
		});
	}

	test('/embed.js ignores height messages from anyone but the iframe’s own origin', async ({
		page,
		baseURL
	}) => {
		const code = embedCode({
			src: embedUrl(baseURL, 'mines'),
			script: new URL('embed.js', baseURL).href,
			title: 'mines graphic',
			height: 500
		});
		const server = await openHost(page, 'host.html', code);
		try {
			const frame = () => page.frame({ url: /\/embed\// })!;
			await expect.poll(() => page.frame({ url: /\/embed\// }) !== null).toBe(true);
			await frame().waitForSelector('.controls');
			const fitted = await expectFitted(page, 'iframe', frame);
			// The frame now shows a page from another origin that claims a height.
			await frame().goto(`${host.origin}/rogue.html`);
			await page.waitForTimeout(400);
			const after = await page
				.locator('iframe')
				.evaluate((el) => el.getBoundingClientRect().height);
			expect(after).not.toBe(1234);
			expect(Math.abs(after - fitted)).toBeLessThanOrEqual(2);
		} finally {
			await server.close();
		}
	});
});

test.describe('sharing', () => {
	test('title, description, Open Graph, Twitter card and NewsArticle data', async ({ page }) => {
		await page.goto('./');
		const meta = (key: string) =>
			page.locator(`meta[property="${key}"], meta[name="${key}"]`).first();
		await expect(page).toHaveTitle(content.story.headline);
		await expect(meta('description')).toHaveAttribute('content', content.story.description);
		await expect(meta('og:type')).toHaveAttribute('content', 'article');
		await expect(meta('og:title')).toHaveAttribute('content', content.story.headline);
		await expect(meta('og:description')).toHaveAttribute('content', content.story.description);
		await expect(meta('twitter:title')).toHaveAttribute('content', content.story.headline);

		const jsonLd = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}'
		);
		expect(jsonLd).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: content.story.headline,
			isBasedOn: {
				'@type': 'NewsArticle',
				datePublished: content.report.date,
				publisher: { name: content.report.publisher },
				url: content.report.url
			}
		});

		if (siteUrl) {
			const page_ = `${siteUrl}${basePath}/`;
			const image = `${siteUrl}${basePath}/share/timeline.png`;
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', page_);
			await expect(meta('og:url')).toHaveAttribute('content', page_);
			await expect(meta('og:image')).toHaveAttribute('content', image);
			await expect(meta('og:image:width')).toHaveAttribute('content', '1200');
			await expect(meta('og:image:height')).toHaveAttribute('content', '630');
			await expect(meta('og:image:alt')).toHaveAttribute('content', /.{40,}/);
			await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
			await expect(meta('twitter:image')).toHaveAttribute('content', image);
			expect(jsonLd).toMatchObject({ url: page_, image: [image] });
		} else {
			// Without SITE_URL nothing that must be absolute is written.
			await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
			for (const key of ['og:url', 'og:image', 'twitter:image']) {
				await expect(page.locator(`meta[property="${key}"], meta[name="${key}"]`)).toHaveCount(0);
			}
			await expect(meta('twitter:card')).toHaveAttribute('content', 'summary');
			expect(jsonLd).not.toHaveProperty('url');
		}
	});

	test('the share image is a 1200x630 PNG', async ({ request }) => {
		const response = await request.get('share/timeline.png');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toContain('image/png');
		const png = await response.body();
		expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
		// IHDR: width and height, big-endian, at bytes 16 and 20.
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(png.length).toBeGreaterThan(20_000); // a drawn chart, not a blank canvas
	});
});

test.describe('data downloads', () => {
	for (const name of DATASET_NAMES) {
		test(`${name}: CSV and JSON parse back to the story's data`, async ({ request }) => {
			const csv = await request.get(`data/${name}.csv`);
			expect(csv.status()).toBe(200);
			const text = await csv.text();
			expect(text).toContain('\r\n');
			const parsed = Papa.parse<Record<string, string>>(text, {
				header: true,
				newline: '\r\n',
				skipEmptyLines: true
			});
			expect(parsed.errors).toEqual([]);
			expect(entriesFromRecords(name, parsed.data)).toEqual(content[name]);

			const json = await request.get(`data/${name}.json`);
			expect(json.status()).toBe(200);
			expect(await json.json()).toEqual(content[name]);
		});
	}

	test('each data table links its downloads', async ({ page }) => {
		await page.goto('./');
		for (const name of ['events', 'casualties', 'mines'] as const) {
			for (const ext of ['csv', 'json']) {
				const link = page.locator(
					`[data-downloads="${name}"] a[href="${basePath}/data/${name}.${ext}"]`
				);
				await expect(link).toHaveCount(1);
			}
		}
		// The sources have their own downloads, under the notes and the epilogue.
		for (const [name, section] of [
			['facts', '#notes'],
			['next', '#what-happened-next']
		] as const) {
			for (const ext of ['csv', 'json']) {
				const link = page.locator(
					`${section} [data-downloads="${name}"] a[href="${basePath}/data/${name}.${ext}"]`
				);
				await expect(link).toHaveCount(1);
			}
			await expect(page.locator(`${section} [data-downloads="${name}"]`)).toContainText(
				`${content[name].length} rows; each row gives its sources in full`
			);
		}
	});

	test('the sources downloads give every citation in full: outlet, title, date, address', async ({
		request
	}) => {
		for (const name of ['facts', 'next'] as const) {
			const text = await (await request.get(`data/${name}.csv`)).text();
			const rows = Papa.parse<Record<string, string>>(text, {
				header: true,
				newline: '\r\n',
				skipEmptyLines: true
			}).data;
			for (const entry of content[name]) {
				const sources = rows.find((r) => r.id === entry.id)?.sources ?? '';
				const lines = sources.split('\n');
				expect(lines, entry.id).toHaveLength(entry.citations.length);
				entry.citations.forEach((citation, i) => {
					const line = lines[i]!;
					expect(line).toContain(citation.republishes ?? citation.outlet);
					if (citation.title) expect(line).toContain(`“${citation.title}”`);
					if (citation.url) expect(line).toContain(`<${citation.url}>`);
					if (citation.republishes) expect(line).toContain(`republished by ${citation.outlet}`);
					if (citation.date) {
						const [year, month, day] = citation.date.split('-').map(Number);
						const words = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', {
							day: 'numeric',
							month: 'long',
							year: 'numeric',
							timeZone: 'UTC'
						});
						expect(line).toContain(words);
					}
				});
			}
		}
	});
});

test.describe('embed this chart', () => {
	test('each graphic offers copyable iframe code with the right address', async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(baseURL!).origin
		});
		await page.goto('./');
		const origin = siteUrl ?? new URL(baseURL!).origin;
		for (const { chart } of embeds) {
			const details = page.locator(`[data-embed-code="${chart}"]`);
			await expect(details).toHaveCount(1);
			await details.locator('summary').click();
			const code = details.locator('textarea');
			await expect(code).toHaveValue(
				new RegExp(`<iframe data-kg-embed src="${origin}${basePath}/embed/${chart}/"`)
			);
			await expect(code).toHaveValue(
				new RegExp(`<script async src="${origin}${basePath}/embed.js">`)
			);
			await details.getByRole('button', { name: 'Copy code' }).click();
			await expect(details.getByRole('status')).toHaveText(/Copied/);
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				await code.inputValue()
			);
		}
	});

	test('without the Clipboard API the code is selected for copying by hand', async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: undefined });
		});
		await page.goto('./');
		const details = page.locator('[data-embed-code="timeline"]');
		await details.locator('summary').click();
		await details.getByRole('button', { name: 'Copy code' }).click();
		await expect(details.getByRole('status')).toHaveText(/press Ctrl\+C/);
		const selected = await details
			.locator('textarea')
			.evaluate((t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd));
		expect(selected).toContain('<iframe data-kg-embed');
		expect(selected).toBe(await details.locator('textarea').inputValue());
	});
});

test.describe('locked down', () => {
	test('every page carries a CSP meta tag that allows nothing off-site', async ({ request }) => {
		const pages = ['./', ...embeds.map((e) => `embed/${e.chart}/`)];
		for (const url of pages) {
			const html = await (await request.get(url)).text();
			const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
			expect(csp, url).toBeTruthy();
			expect(csp).toContain("default-src 'self'");
			expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
			expect(csp).toContain("object-src 'none'");
			expect(csp).not.toContain('unsafe-eval');
			expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
			expect(csp).not.toMatch(/https?:/);
		}
	});

	test('no CSP violation and no off-site request: story, presenter view, embeds', async ({
		page,
		request
	}) => {
		test.setTimeout(120_000);
		await countViolations(page);
		const watch = watchPage(page);

		await page.goto('./');
		await page.evaluate(async () => {
			for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 3) {
				window.scrollTo(0, y);
				await new Promise((r) => setTimeout(r, 40));
			}
		});
		for (const open of await page.locator('details').all())
			await open.evaluate((d) => d.setAttribute('open', ''));
		await page.waitForTimeout(300);
		expect(await violations(page), 'story').toEqual([]);

		const present = await request.get('present/');
		if (present.status() === 200) {
			await page.goto('present/');
			for (let i = 0; i < content.steps.length; i++) {
				await page.keyboard.press('ArrowRight');
				await page.waitForTimeout(30);
			}
			await page.waitForTimeout(300);
			expect(await violations(page), 'presenter view').toEqual([]);
		} else {
			test.info().annotations.push({
				type: 'skipped part',
				description: 'no presenter view at present/ in this build'
			});
		}

		for (const { chart, steps } of embeds) {
			await page.goto(`embed/${chart}/`);
			for (let i = 1; i < steps.length; i++) {
				await page.getByRole('button', { name: 'Next' }).click();
			}
			await page.waitForTimeout(300);
			expect(await violations(page), `embed ${chart}`).toEqual([]);
		}

		await page.goto('404.html');
		expect(await violations(page), '404').toEqual([]);

		expect(watch.offsite).toEqual([]);
		expect(watch.errors).toEqual([]);
	});
});
