/**
 * The checks every engine runs, at a phone size and a desktop size, against the built site
 * (`build/`, served here on a free port) and the offline file (`build-offline/index.html`):
 * scrolling through every step, rough scroll patterns, deep links and keys, reduced motion and
 * dark mode, the offline file, an embed in another site's page, and no uncaught error (nor, where
 * the driver sees the console, any console error). Each check saves a screenshot at every step
 * into test-results/engines/<engine>/<size>/.
 */
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { missing, open } from './engines.mjs';
import { startStaticServer } from '../../shared/static-server.mjs';
import { seededRandom } from '../../shared/scroll-truth.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SITE = path.join(repo, 'build');
const OFFLINE = path.join(repo, 'build-offline', 'index.html');
const SHOTS = path.join(repo, 'test-results', 'engines');

/** @typedef {import('./engines.mjs').EnginePage} EnginePage */
/** @typedef {{ id: string, chart: string, title: string }} PageStep */

/** The sizes every check runs at. */
export const SIZES = /** @type {const} */ ({
	phone: { width: 390, height: 844 },
	desktop: { width: 1440, height: 900 }
});

/** Runs an in-page helper of `window.__engines` by name (see in-page.mjs). */
async function call(
	/** @type {EnginePage} */ page,
	/** @type {string} */ name,
	/** @type {any[]} */ ...args
) {
	const run = () =>
		page.evaluate(
			(/** @type {string} */ fn, /** @type {any[]} */ a) =>
				/** @type {any} */ (window).__engines[fn](...a),
			name,
			args
		);
	try {
		return await run();
	} catch (error) {
		// A navigation the driver reported done before the new document was in place (seen once
		// in WebKit): install the helpers in the document that is there now, and try again.
		if (!String(error).includes('__engines')) throw error;
		await page.install();
		return run();
	}
}

/**
 * Screenshots of one check, numbered in the order taken.
 * @param {EnginePage} page
 * @param {string} dir
 */
function camera(page, dir) {
	let n = 0;
	return (/** @type {string} */ label) =>
		page.screenshot(
			path.join(dir, `${String(++n).padStart(2, '0')}-${label.replace(/[^\w-]+/g, '_')}.png`)
		);
}

/** Fails with everything that is wrong, named by `what`. */
function expectNone(/** @type {string[]} */ problems, /** @type {string} */ what) {
	assert.deepEqual(problems, [], `${what}:\n  ${problems.join('\n  ')}`);
}

/**
 * Defines the whole suite for `engine`. Where the engine is missing it is skipped with what to
 * install, except in CI (`CI` set), where a missing engine fails.
 * @param {import('./engines.mjs').Engine} engine
 * @param {keyof typeof SIZES} sizeName
 */
export function engineSuite(engine, sizeName) {
	const absent = missing(engine);
	if (absent) {
		if (process.env.CI) {
			it(`${engine} is installed (${sizeName})`, () =>
				assert.fail(`${absent} (CI must run every engine)`));
		} else {
			console.log(`Skipping the ${engine} tests at the ${sizeName} size. ${absent}`);
			it(`${engine} ${sizeName}`, { skip: absent }, () => {});
		}
		return;
	}

	/** @type {{ origin: string, close: () => Promise<void> }} */
	let site;
	before(async () => {
		assert.ok(existsSync(path.join(SITE, 'index.html')), 'No build/: run `npm run build` first');
		rmSync(path.join(SHOTS, engine, sizeName), { recursive: true, force: true });
		site = await startStaticServer({ root: SITE });
	});
	after(() => site?.close());

	const size = SIZES[sizeName];
	const phone = sizeName === 'phone';
	describe(`${engine} ${sizeName} ${size.width}x${size.height}`, () => {
		/** @type {EnginePage} */
		let page;
		/** @type {PageStep[]} */
		let steps = [];
		const shots = (/** @type {string} */ check) =>
			camera(page, path.join(SHOTS, engine, sizeName, check));

		before(async () => {
			page = await open(engine, size);
			await page.goto(`${site.origin}/`);
			steps = await call(page, 'steps');
			assert.ok(steps.length > 3, `only ${steps.length} scroll steps found on the page`);
			// Let this first load finish its lazy imports before a check navigates away: Firefox
			// reports an import cut short by a navigation as an uncaught error of the page.
			expectNone(await call(page, 'waitTruth'), 'after the first load');
		});
		after(() => page?.close());

		/** Fails on any error the page reported since the last call. */
		const expectNoErrors = async (/** @type {string} */ what) =>
			expectNone(await page.errors(), `errors ${what}`);

		it('scrolling through every step, in small steps: the step, the graphic, its layout', async () => {
			const shot = shots('scroll');
			await page.goto(`${site.origin}/`);
			await shot('top');
			for (const step of steps) {
				const seen = await call(page, 'visit', step.id);
				await shot(step.id);
				expectNone(seen.step, `scrolling down to ${step.id}`);
				expectNone(seen.truth, `at ${step.id}`);
				expectNone(seen.layout, `layout at ${step.id}`);
			}
			// And back up: a fling to just below the first graphic's fourth step, then gently up
			// through its first four, step by step (the same engine events in reverse).
			const first = steps
				.filter((s) => s.chart === steps[0]?.chart)
				.slice(0, 4)
				.reverse();
			const below = (await call(page, 'readingY', first[0]?.id)) + size.height;
			await call(page, 'fling', below, 700);
			for (const step of first) {
				const seen = await call(page, 'visit', step.id);
				expectNone([...seen.step, ...seen.truth], `scrolling back up to ${step.id}`);
			}
			await shot(`back-up-${first.at(-1)?.id}`);
			await expectNoErrors('while scrolling');
		});

		it('a fling to the bottom and back, 20 seeded random jumps, a reload half-way down', async () => {
			const shot = shots('patterns');
			await page.goto(`${site.origin}/`);
			await call(page, 'fling', await call(page, 'maxScroll'), 700);
			expectNone(await call(page, 'waitTruth'), 'after a fling to the bottom');
			await shot('fling-bottom');
			await call(page, 'fling', 0, 700);
			expectNone(await call(page, 'waitTruth'), 'after a fling back to the top');
			await shot('fling-top');

			const seed = Number(process.env.ENGINES_SEED ?? Math.floor(Math.random() * 2 ** 31));
			console.log(`[${engine} ${sizeName}] random jumps: ENGINES_SEED=${seed}`);
			const random = seededRandom(seed);
			/** @type {[number, number][]} */
			const ranges = await call(page, 'sectionRanges');
			const bottom = await call(page, 'maxScroll');
			for (let i = 1; i <= 20; i++) {
				const range = random() < 0.8 ? ranges[Math.floor(random() * ranges.length)] : [0, bottom];
				const y = Math.round(range[0] + random() * (Math.min(range[1], bottom) - range[0]));
				await page.evaluate((/** @type {number} */ top) => window.scrollTo(0, top), y);
				expectNone(
					await call(page, 'waitTruth'),
					`jump ${i} to scrollY ${y} (ENGINES_SEED=${seed})`
				);
				await shot(`jump-${i}-y${y}`);
			}

			const middle = steps[Math.floor(steps.length / 2)];
			assert.ok(middle);
			const seen = await call(page, 'visit', middle.id, 6000);
			expectNone(seen.step, `before the reload, ${middle.id}`);
			await page.reload();
			expectNone(await call(page, 'waitStep', middle.id), `after a reload at ${middle.id}`);
			expectNone(await call(page, 'waitTruth'), `after a reload at ${middle.id}`);
			await shot(`reloaded-at-${middle.id}`);
			await expectNoErrors('in the scroll patterns');
		});

		it('a deep link opens its step; the keyboard walks the steps', async () => {
			const shot = shots('links-keys');
			const target = steps[3];
			assert.ok(target);
			await page.goto(`${site.origin}/#${target.id}`);
			expectNone(await call(page, 'waitStep', target.id), `deep link to #${target.id}`);
			const inView = await page.evaluate((/** @type {string} */ id) => {
				const box = document.getElementById(id)?.getBoundingClientRect();
				return !!box && box.bottom > 0 && box.top < window.innerHeight;
			}, target.id);
			assert.ok(inView, `#${target.id} is not in the viewport after a deep link`);
			await shot(`deep-link-${target.id}`);

			if (!phone) {
				// As tests/e2e/scrolly.spec.ts: focus a step, Tab through what is inside its card
				// until the next step has focus; the page brings it to the reading position.
				await page.goto(`${site.origin}/`);
				const walk = steps.slice(0, 4);
				await page.evaluate((/** @type {string} */ id) => {
					/** @type {HTMLElement | null} */ (
						document.querySelector(`[data-step="${id}"]`)
					)?.focus();
				}, walk[0]?.id);
				for (const step of walk.slice(1)) {
					let focused = false;
					for (let i = 0; i < 20 && !focused; i++) {
						await page.press('Tab');
						focused = await page.evaluate(
							(/** @type {string} */ id) =>
								document.activeElement?.getAttribute('data-step') === id,
							step.id
						);
					}
					assert.ok(focused, `Tab never reached step ${step.id}`);
					expectNone(await call(page, 'waitStep', step.id), `keyboard at ${step.id}`);
					await shot(`keyboard-${step.id}`);
				}
			}
			await expectNoErrors('with links and keys');
		});

		it('the presenter view: keys move between slides, and the address follows', async () => {
			const shot = shots('present');
			await page.goto(`${site.origin}/present/`);
			/** @param {number} index */
			const expectSlide = async (index) => {
				const step = steps[index];
				assert.ok(step);
				const problems = await page.evaluate(
					async (/** @type {string} */ id, /** @type {string} */ counter) => {
						const read = () => {
							const figure = document.querySelector('main figure[data-chart]');
							const wrong = [];
							if (!document.querySelector('.presenter.live')) wrong.push('no live presenter');
							const text = document.querySelector('.counter')?.textContent ?? '';
							if (!text.includes(counter)) wrong.push(`counter says "${text.trim()}"`);
							if (figure?.getAttribute('data-state') !== id)
								wrong.push(`figure shows ${figure?.getAttribute('data-state')}`);
							if (!location.hash.endsWith(`#${id}`)) wrong.push(`address is ${location.href}`);
							const settled = Array.from(figure?.querySelectorAll('[data-settled]') ?? []).map(
								(e) => e.getAttribute('data-settled')
							);
							if (!settled.length || settled.some((v) => v !== 'true'))
								wrong.push(`the graphic has not settled (data-settled=${settled})`);
							return wrong;
						};
						const start = performance.now();
						let wrong = read();
						while (wrong.length && performance.now() - start < 5000) {
							await new Promise((r) => setTimeout(r, 40));
							wrong = read();
						}
						return wrong;
					},
					step.id,
					`Slide ${index + 1} of ${steps.length}`
				);
				expectNone(problems, `presenter at slide ${index + 1} (${step.id})`);
				await shot(`slide-${index + 1}-${step.id}`);
			};
			await expectSlide(0);
			/** @type {[string, number][]} */
			const keys = [
				['ArrowRight', 1],
				['ArrowRight', 2],
				['ArrowLeft', 1],
				['PageDown', 2],
				['End', steps.length - 1],
				['Home', 0]
			];
			for (const [key, index] of keys) {
				await page.press(key);
				await expectSlide(index);
			}
			assert.match(await page.url(), new RegExp(`/present/#${steps[0]?.id}$`));
			await expectNoErrors('in the presenter view');
		});

		it('an embed in another site’s page resizes its iframe', async () => {
			const shot = shots('embed');
			const chart = steps[0]?.chart;
			const host = await startStaticServer({
				pages: {
					'/host.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title>
<style>body{margin:0;font:18px/1.5 serif}.col{max-width:680px;margin:0 auto;padding:0 12px}</style>
<script>window.reported = [];
addEventListener('message', (e) => { if (typeof e.data === 'string' && e.data.includes('xPYMxheightxPYMx')) window.reported.push(Number(e.data.split('xPYMx')[3])); });</script>
</head><body><div class="col"><p>An article on another site.</p>
<iframe data-kg-embed src="${site.origin}/embed/${chart}/" title="${chart} graphic" width="100%" height="300" style="border:0;width:100%;max-width:100%"></iframe>
<script async src="${site.origin}/embed.js"></script>
<p>More of the article.</p></div></body></html>`
				}
			});
			try {
				await page.goto(`${host.origin}/host.html`);
				const result = await page.evaluate(async () => {
					const frame = /** @type {HTMLIFrameElement} */ (document.querySelector('iframe'));
					const w = /** @type {any} */ (window);
					const start = performance.now();
					let fitted = false;
					while (!fitted && performance.now() - start < 8000) {
						await new Promise((r) => setTimeout(r, 50));
						const last = w.reported.at(-1);
						fitted = last > 300 && Math.abs(frame.getBoundingClientRect().height - last) <= 2;
					}
					// Still fitted a moment later (no resize loop).
					await new Promise((r) => setTimeout(r, 300));
					return {
						fitted,
						reported: w.reported.at(-1),
						height: frame.getBoundingClientRect().height
					};
				});
				await page.evaluate(() =>
					document.querySelector('iframe')?.scrollIntoView({ block: 'start' })
				);
				await shot(`host-${chart}`);
				assert.ok(
					result.fitted && Math.abs(result.height - result.reported) <= 2,
					`the iframe is ${result.height} px tall; the embed reported ${result.reported} px`
				);
				await expectNoErrors('in the embed host page');
			} finally {
				await host.close();
			}
		});

		it('the offline file, opened from disk, scrolls and its graphics follow', async () => {
			const shot = shots('offline');
			assert.ok(existsSync(OFFLINE), 'No build-offline/index.html: run `npm run build:offline`');
			await page.goto(pathToFileURL(OFFLINE).href);
			const offlineSteps = /** @type {PageStep[]} */ (await call(page, 'steps'));
			assert.deepEqual(
				offlineSteps.map((s) => s.id),
				steps.map((s) => s.id),
				'the offline file has the same steps'
			);
			// The middle step of each graphic.
			const charts = [...new Set(offlineSteps.map((s) => s.chart))];
			const some = charts.map((chart) => {
				const own = offlineSteps.filter((s) => s.chart === chart);
				return /** @type {PageStep} */ (own[Math.floor(own.length / 2)]);
			});
			for (const step of some) {
				const seen = await call(page, 'visit', step.id, 6000);
				await shot(step.id);
				expectNone(seen.step, `offline, ${step.id}`);
				expectNone(seen.truth, `offline, at ${step.id}`);
			}
			await expectNoErrors('in the offline file');
		});

		describe('with reduced motion, in dark mode', () => {
			/** @type {EnginePage} */
			let quiet;
			before(async () => {
				quiet = await open(engine, size, { reducedMotion: true, dark: true });
			});
			after(() => quiet?.close());

			it('every change is instant, and the page is dark', async () => {
				const shot = camera(quiet, path.join(SHOTS, engine, sizeName, 'reduced-dark'));
				await quiet.goto(`${site.origin}/`);
				const media = await quiet.evaluate(() => ({
					reduce: matchMedia('(prefers-reduced-motion: reduce)').matches,
					dark: matchMedia('(prefers-color-scheme: dark)').matches
				}));
				assert.deepEqual(media, { reduce: true, dark: true }, 'the settings reach the page');
				const colours = await quiet.evaluate(() => {
					const e = /** @type {any} */ (window).__engines;
					const body = getComputedStyle(document.body);
					const h1 = document.querySelector('h1');
					return {
						background: e.luminance(body.backgroundColor),
						text: e.luminance(getComputedStyle(h1 ?? document.body).color)
					};
				});
				assert.ok(
					colours.background < 0.05 && colours.text > 0.5,
					`the page is not dark: background luminance ${colours.background.toFixed(3)}, heading ${colours.text.toFixed(3)}`
				);
				await shot('top');
				for (const step of steps) {
					// A jump, then the frame the step becomes active: its graphic must already
					// have settled (nothing animates).
					const result = await quiet.evaluate(async (/** @type {string} */ id) => {
						const e = /** @type {any} */ (window).__engines;
						window.scrollTo(0, e.readingY(id));
						const start = performance.now();
						const el = document.querySelector(`[data-step="${id}"]`);
						while (el?.getAttribute('aria-current') !== 'step') {
							if (performance.now() - start > 5000) return [`${id} never became active`];
							await new Promise((r) => requestAnimationFrame(r));
						}
						// The chart follows in the task after the one that found the step
						// (story/section.ts): let that task run, then one frame for the
						// chart to render the new state. (One frame alone was not always enough
						// in Firefox under load, where a frame can come before that task.)
						await new Promise((r) => setTimeout(r, 0));
						await new Promise((r) => requestAnimationFrame(r));
						// A chart whose island had not taken over yet (a jump into a section whose
						// code was still on its way) takes over in the step's state: wait for
						// that, frame by frame, and no longer (never for an animation).
						const island = el?.closest('section')?.querySelector('figure [data-island]');
						while (island && island.getAttribute('data-island') !== 'live') {
							if (performance.now() - start > 5000) return [`${id}: the chart never went live`];
							await new Promise((r) => requestAnimationFrame(r));
						}
						return e.stepProblems(id);
					}, step.id);
					expectNone(result, `reduced motion at ${step.id}: settled at once`);
					await shot(step.id);
				}
				expectNone(await quiet.errors(), 'errors with reduced motion in dark mode');
			});
		});
	});
}
