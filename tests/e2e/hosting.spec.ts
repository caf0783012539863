/**
 * Hosting at scale: every file a page loads (the story, the presenter, each embed), and every file
 * of the build, gets the right cache lifetime from the `_headers` file the build writes, and from
 * the nginx example in src/docs/newsrooms.md: a year and `immutable` for the hashed files under
 * `_app/immutable/`, a short lifetime with revalidation for everything else (whose names do not
 * change when their content does). Runs against the root build and, in the sub-path run, a
 * BASE_PATH build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import {
	LONG_CACHE,
	SHORT_CACHE,
	headersFor,
	parseHeadersFile,
	type HeaderRule
} from '../../src/lib/site/headers';
import { scrollySections } from './support/story';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const siteDir = process.env.KG_SITE_DIR ?? path.join(repo, 'build');
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const IMMUTABLE = `${base}/_app/immutable/`;

/** The pages a reader, a class or another site opens. */
const PAGES = ['', 'present/', ...scrollySections.map(({ section }) => `embed/${section.chart}/`)];

/** The path of every response while a page loads, is scrolled through and is printed. */
async function pathsLoaded(page: Page, address: string): Promise<string[]> {
	const paths = new Set<string>();
	const origin = new URL(test.info().project.use.baseURL!).origin;
	page.on('response', (response) => {
		const url = new URL(response.url());
		if (url.origin === origin) paths.add(url.pathname);
	});
	await page.goto(address);
	await page.waitForLoadState('networkidle');
	// Whatever loads later: scrolling to the end, printing (the print figures), the presenter's
	// notes.
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.waitForLoadState('networkidle');
	return [...paths];
}

/** The Cache-Control the nginx example in the docs gives a path (its longest matching prefix). */
function nginxCacheControl(pathname: string): string | undefined {
	const doc = readFileSync(path.join(repo, 'src/docs/newsrooms.md'), 'utf8');
	const block = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1];
	if (!block) throw new Error('src/docs/newsrooms.md has no nginx example');
	// The example is written for /graphics/kyrgyzstan-2020; test it under this build's base path.
	const locations = [...block.matchAll(/location\s+(\S+)\s*\{([\s\S]*?)\n\}/g)].map((m) => ({
		prefix: m[1]!.replace('/graphics/kyrgyzstan-2020', base),
		cache: /add_header\s+Cache-Control\s+"([^"]+)"/.exec(m[2]!)?.[1]
	}));
	const best = locations
		.filter((l) => pathname.startsWith(l.prefix))
		.sort((a, b) => b.prefix.length - a.prefix.length)[0];
	return best?.cache;
}

/** Every file of the build as the path it is served at (folders' index.html as the folder). */
function builtPaths(): string[] {
	const out: string[] = [];
	const visit = (dir: string) => {
		for (const entry of readdirSync(dir)) {
			const file = path.join(dir, entry);
			if (statSync(file).isDirectory()) visit(file);
			else out.push(`${base}/${path.relative(siteDir, file).split(path.sep).join('/')}`);
		}
	};
	visit(siteDir);
	return out
		.filter((p) => p !== `${base}/_headers`) // read by the host, never served
		.flatMap((p) => (p.endsWith('/index.html') ? [p, p.slice(0, -'index.html'.length)] : [p]));
}

function expectCached(rules: HeaderRule[], pathname: string, nginx = true) {
	const expected = pathname.startsWith(IMMUTABLE) ? LONG_CACHE : SHORT_CACHE;
	expect(headersFor(rules, pathname)['Cache-Control'], `_headers: ${pathname}`).toBe(expected);
	if (nginx) expect(nginxCacheControl(pathname), `nginx: ${pathname}`).toBe(expected);
}

test.describe('cache headers for hosts', () => {
	// What a page loads does not depend on the screen: once, on the desktop, in the main run; the
	// sub-path run has only the phone.
	test.skip(({ isMobile }) => isMobile && !process.env.KG_SITE_DIR, 'run once, on the desktop');

	let rules: HeaderRule[] = [];
	test.beforeAll(async ({ request }) => {
		const response = await request.get('_headers');
		expect(response.status(), 'the build writes _headers').toBe(200);
		rules = parseHeadersFile(await response.text());
		expect(
			rules.every((r) => r.path.startsWith(`${base}/`)),
			'under BASE_PATH'
		).toBe(true);
	});

	test('every file of the build is hashed and kept a year, or short-lived and revalidated', () => {
		const paths = builtPaths();
		expect(paths.length).toBeGreaterThan(20);
		for (const pathname of paths) {
			expectCached(rules, pathname);
			// Long-lived files carry a hash in their name (8 characters of base64url, alone or
			// after the module's name): a new build cannot reuse one.
			if (pathname.startsWith(IMMUTABLE)) {
				expect(path.basename(pathname), pathname).toMatch(/(^|\.)[\w-]{8}\.\w+$/);
			}
		}
	});

	for (const address of PAGES) {
		test(`everything /${address} loads is hashed or short-lived`, async ({ page }) => {
			const loaded = await pathsLoaded(page, `./${address}`);
			expect(
				loaded.some((p) => p.startsWith(IMMUTABLE)),
				'loads hashed code'
			).toBe(true);
			for (const pathname of loaded) expectCached(rules, pathname);
			// What other sites load: embed.js, the data downloads.
			for (const extra of ['embed.js', 'data/events.csv', 'data/mines.json']) {
				expectCached(rules, `${base}/${extra}`);
			}
			// Story pages are not framed by other sites; embeds are made to be.
			const frame = headersFor(rules, `${base}/${address}`)['Content-Security-Policy'];
			expect(frame).toBe(
				address.startsWith('embed/') ? 'frame-ancestors *' : "frame-ancestors 'self'"
			);
		});
	}
});
