/**
 * `npm run screens`: screenshots of every step of every graphic, for a person to look at (issue 11:
 * "look at each one"). Never fails on what it sees; it fails only if a page does not reach a step.
 *
 * Captures, against the built site (`npm run build` first):
 *   - the story, every step of every graphic, at 320x640, 390x844 and 1440x900, light and dark: the
 *     screen the reader sees once the step is active and its graphic settled;
 *   - without JavaScript at 320x640 and 390x844: the first screen, and each graphic's prerendered
 *     figure;
 *   - the presenter view at 1280x720, every slide (light);
 *   - each embed at 300 and 640 px wide, every step (light).
 * Files: `<out>/<group>/<nn>-<step>.png` (out: `test-results/screens`, or `--out=<dir>`). When
 * ImageMagick's `montage` is installed, a contact sheet per group: `<out>/sheets/<group>.png`.
 *
 * Options: `--out=<dir>`, `--url=<site>` (use a server already running; otherwise `vite preview`
 * of build/ is started on PORT, default 4178), `--only=<text>` (groups whose name contains it).
 * Reduced motion, so every step lands at once. The browser is found like the tests' (CHROMIUM_PATH,
 * then the usual places).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../bench/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name) =>
	process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? null;
const out = path.resolve(root, arg('out') ?? 'test-results/screens');
const only = arg('only');
const port = Number(process.env.PORT ?? 4178);

/** Starts `vite preview` of build/ unless --url is given; returns the site's URL and a stop. */
async function site() {
	const given = arg('url');
	if (given) return { url: given.endsWith('/') ? given : given + '/', stop: () => {} };
	if (!fs.existsSync(path.join(root, 'build', 'index.html'))) {
		throw new Error('No build/ to look at: run `npm run build` first.');
	}
	const server = spawn(
		path.join(root, 'node_modules/.bin/vite'),
		['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
		{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
	);
	const url = `http://127.0.0.1:${port}/`;
	for (let i = 0; i < 150; i++) {
		if (server.exitCode !== null) throw new Error(`vite preview stopped: is port ${port} taken?`);
		try {
			if ((await fetch(url)).ok) return { url, stop: () => server.kill() };
		} catch {
			// not yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	server.kill();
	throw new Error(`vite preview did not answer at ${url}`);
}

const groups = [];
/** Runs one group of screenshots unless --only leaves it out. */
async function group(name, fn) {
	if (only && !name.includes(only)) return;
	const dir = path.join(out, name);
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	let n = 0;
	const shoot = async (target, label) => {
		n += 1;
		const file = path.join(dir, `${String(n).padStart(2, '0')}-${label}.png`);
		await target.screenshot({ path: file, animations: 'disabled' });
	};
	await fn(shoot);
	groups.push({ name, dir, count: n });
	console.log(`${name}: ${n} screenshots`);
}

/** Waits until the figure of `chart` shows `id`, settled. */
async function settledAt(page, figure, id) {
	await page.waitForFunction(
		([el, want]) =>
			el.getAttribute('data-state') === want &&
			el.querySelector('[data-settled]')?.getAttribute('data-settled') === 'true',
		[await figure.elementHandle(), id],
		{ timeout: 15_000 }
	);
}

const executablePath = chromiumExecutable();
const browser = await chromium.launch({
	...(executablePath ? { executablePath } : {}),
	args: ['--no-sandbox', '--disable-gpu']
});
const { url, stop } = await site();
try {
	const context = async (opts) =>
		browser.newContext({ reducedMotion: 'reduce', deviceScaleFactor: 1, ...opts });

	// The story: every step of every graphic.
	for (const [w, h] of [
		[320, 640],
		[390, 844],
		[1440, 900]
	]) {
		for (const colorScheme of ['light', 'dark']) {
			const ctx = await context({ viewport: { width: w, height: h }, colorScheme });
			const page = await ctx.newPage();
			await page.goto(url);
			const charts = await page.$$eval('figure[data-chart]', (fs) =>
				fs.map((f) => ({
					chart: f.getAttribute('data-chart'),
					steps: [...f.closest('section').querySelectorAll('[data-step]')].map((s) =>
						s.getAttribute('data-step')
					)
				}))
			);
			for (const { chart, steps } of charts) {
				await group(`${chart}-${w}x${h}-${colorScheme}`, async (shoot) => {
					const figure = page.locator(`figure[data-chart="${chart}"]`);
					for (const id of steps) {
						await page
							.locator(`[data-step="${id}"]`)
							.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
						await settledAt(page, figure, id);
						await shoot(page, id);
					}
				});
			}
			await ctx.close();
		}
	}

	// Without JavaScript: the first screen and each prerendered graphic.
	for (const [w, h] of [
		[320, 640],
		[390, 844]
	]) {
		await group(`nojs-${w}x${h}`, async (shoot) => {
			const ctx = await context({ viewport: { width: w, height: h }, javaScriptEnabled: false });
			const page = await ctx.newPage();
			await page.goto(url);
			await shoot(page, 'first-screen');
			for (const figure of await page.locator('figure[data-chart]').all()) {
				await shoot(figure, `${await figure.getAttribute('data-chart')}-prerendered`);
			}
			await ctx.close();
		});
	}

	// The presenter view, every slide.
	await group('presenter-1280x720', async (shoot) => {
		const ctx = await context({ viewport: { width: 1280, height: 720 } });
		const page = await ctx.newPage();
		await page.goto(`${url}present/`);
		await page.locator('.presenter.live').waitFor();
		for (;;) {
			const figure = page.locator('main figure[data-chart]');
			const id = await figure.getAttribute('data-state');
			await settledAt(page, figure, id);
			await shoot(page, id);
			if ((await page.locator('button.nav').last().getAttribute('aria-disabled')) === 'true') break;
			await page.keyboard.press('ArrowRight');
			await page.waitForFunction(
				([el, was]) => el.getAttribute('data-state') !== was,
				[await figure.elementHandle(), id]
			);
		}
		await ctx.close();
	});

	// Each embed, every step.
	for (const width of [300, 640]) {
		for (const chart of ['timeline', 'casualties', 'mines']) {
			await group(`embed-${chart}-${width}`, async (shoot) => {
				const ctx = await context({ viewport: { width, height: 900 } });
				const page = await ctx.newPage();
				await page.goto(`${url}embed/${chart}/`);
				await page.locator('.controls').waitFor();
				for (;;) {
					const figure = page.locator('figure[data-chart]');
					const id = await figure.getAttribute('data-state');
					await settledAt(page, figure, id);
					await shoot(page.locator('main'), id);
					const next = page.locator('.controls .next');
					if ((await next.getAttribute('aria-disabled')) === 'true') break;
					await next.click();
					await page.waitForFunction(
						([el, was]) => el.getAttribute('data-state') !== was,
						[await figure.elementHandle(), id]
					);
				}
				await ctx.close();
			});
		}
	}
} finally {
	await browser.close();
	stop();
}

// Contact sheets, when ImageMagick is there.
const hasMontage = spawnSync('montage', ['-version']).status === 0;
if (hasMontage) {
	const sheets = path.join(out, 'sheets');
	fs.mkdirSync(sheets, { recursive: true });
	for (const g of groups) {
		const files = fs
			.readdirSync(g.dir)
			.filter((f) => f.endsWith('.png'))
			.sort()
			.map((f) => path.join(g.dir, f));
		const tile = g.name.includes('1440') || g.name.includes('1280') ? '3x' : '5x';
		spawnSync(
			'montage',
			[
				...files,
				'-tile',
				tile,
				'-geometry',
				g.name.includes('1440') || g.name.includes('1280') ? '720x+6+6' : '390x+6+6',
				'-label',
				'%t',
				'-pointsize',
				'14',
				'-title',
				g.name,
				path.join(sheets, `${g.name}.png`)
			],
			{ stdio: 'inherit' }
		);
	}
	console.log(`contact sheets in ${path.relative(root, sheets)}/`);
} else {
	console.log('montage (ImageMagick) not found: no contact sheets, the screenshots are all there.');
}
console.log(`screenshots in ${path.relative(root, out)}/`);
