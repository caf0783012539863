/**
 * Bytes on the wire when a phone first loads the story (empty cache, no scrolling): every
 * response recorded by the browser, grouped by type, with the encoded (gzipped) body sizes the
 * server actually sent, the response headers, and the JavaScript gzipped at level 9 (the same
 * measure as the budgets test, tests/e2e/budgets.spec.ts).
 */
import { gzipSync, constants } from 'node:zlib';

/** Which row of the table a response belongs to. */
export function classify(resourceType, contentType, url) {
	const type = contentType.toLowerCase();
	const ext = new URL(url).pathname.split('.').pop()?.toLowerCase() ?? '';
	if (resourceType === 'document' || type.startsWith('text/html')) return 'html';
	if (resourceType === 'script' || type.includes('javascript')) return 'js';
	if (resourceType === 'stylesheet' || type.startsWith('text/css')) return 'css';
	if (
		resourceType === 'font' ||
		type.startsWith('font/') ||
		['woff', 'woff2', 'ttf', 'otf'].includes(ext)
	)
		return 'fonts';
	if (resourceType === 'image' || type.startsWith('image/')) return 'images';
	if (
		['fetch', 'xhr'].includes(resourceType) ||
		type.includes('json') ||
		['json', 'csv', 'topojson'].includes(ext)
	)
		return 'data';
	return 'other';
}

export const TYPES = ['html', 'js', 'css', 'fonts', 'images', 'data', 'other'];

/**
 * Loads `url` in a fresh phone-sized context of `browser` and returns
 * `{ byType: {type: {count, bytes}}, total, headers, jsGzip, jsPageGzip, requests }` (bytes).
 * `jsGzip` counts every script until the network is idle (the islands fetched at idle included);
 * `jsPageGzip` only the scripts the HTML names (the files its script loader lists): what the
 * first screen waits for.
 */
export async function firstLoad(browser, url) {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	const responses = [];
	page.on('response', (response) => responses.push(response));
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);

	const byType = Object.fromEntries(TYPES.map((t) => [t, { count: 0, bytes: 0 }]));
	let headers = 0;
	let jsGzip = 0;
	let jsPageGzip = 0;
	const requests = [];
	const html = (await responses[0]?.text().catch(() => '')) ?? '';
	const named = (url) => html.includes(`"${new URL(url).pathname}"`);
	for (const response of responses) {
		const request = response.request();
		const sizes = await request.sizes();
		const type = classify(
			request.resourceType(),
			response.headers()['content-type'] ?? '',
			response.url()
		);
		byType[type].count += 1;
		byType[type].bytes += sizes.responseBodySize;
		headers += sizes.responseHeadersSize;
		if (type === 'js') {
			const body = await response.body().catch(() => Buffer.alloc(0));
			const gzipped = gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;
			jsGzip += gzipped;
			if (named(response.url())) jsPageGzip += gzipped;
		}
		requests.push({
			url: response.url(),
			type,
			status: response.status(),
			bytes: sizes.responseBodySize
		});
	}
	await context.close();
	const total = Object.values(byType).reduce((sum, t) => sum + t.bytes, 0);
	return { byType, total, headers, jsGzip, jsPageGzip, requests };
}
