/**
 * The geometric truth of the scroll, one definition for every browser test: Chromium's torture
 * test (tests/e2e/support/scroll-truth.ts) passes these functions to `page.evaluate`, and the
 * Firefox and WebKit checks (tests/engines/support/in-page.mjs) install them in the page as a
 * script. So each function here is SELF-CONTAINED: it may use only its arguments and the page's
 * globals, never this module's other names (a serialised function loses them).
 *
 * The rule is the scroll engine's (src/lib/story/scroll/engine.ts, geometry.ts and
 * ScrollySection.svelte): in each scroll-driven section the active step is the last
 * `[data-step]` whose top is at or above the trigger line, as long as the line is still inside
 * that section's steps container; the trigger line is at 0.5 of the viewport height in the wide
 * layout (from 64rem wide, or a phone on its side: `WIDE` in src/lib/story/section.ts),
 * 0.72 below.
 */

/**
 * What the reader should see in one scroll-driven section, and what the page shows.
 * @typedef {object} SectionTruth
 * @property {string} chart the figure's chart name
 * @property {string[]} steps step ids of this section, in order
 * @property {string | null} expected the step under the trigger line, or null when the line is outside the steps
 * @property {string[]} current steps of this section that carry aria-current="step"
 * @property {string | null} state the figure's data-state
 * @property {(string | null)[]} settled data-settled of every chart root inside the figure
 * @property {boolean} onScreen whether any part of the figure is inside the viewport
 * @property {boolean} staticIsland whether the figure still holds its prerendered chart
 *   (`data-island="static"`): its code has not been needed yet, and its root says settled only
 *   while the figure's step is the one it shows
 */

/**
 * The wide layout's media query (graphic beside the text: a desktop, or a phone on its side),
 * where the trigger line is at half height. The page's own is `WIDE` in
 * src/lib/story/section.ts. Functions that run in the page take it as an argument.
 */
export const WIDE_LAYOUT =
	'(min-width: 64rem), screen and (orientation: landscape) and (max-height: 30rem) and (min-width: 36rem)';

/**
 * Reads the truth of every scroll-driven section in one layout pass (no writes). Runs in the page.
 * @param {string} wideLayout `WIDE_LAYOUT`
 * @returns {SectionTruth[]}
 */
export function readTruthInPage(wideLayout) {
	const wide = window.matchMedia(wideLayout).matches;
	const trigger = window.innerHeight * (wide ? 0.5 : 0.72);
	return Array.from(document.querySelectorAll('figure[data-chart]')).map((figure) => {
		const fig = /** @type {HTMLElement} */ (figure);
		const section = fig.closest('section');
		const stepEls = /** @type {HTMLElement[]} */ (
			Array.from(section?.querySelectorAll('[data-step]') ?? [])
		);
		const container = stepEls[0]?.parentElement;
		/** @type {string | null} */
		let expected = null;
		if (container && trigger < container.getBoundingClientRect().bottom) {
			for (const el of stepEls) {
				if (el.getBoundingClientRect().top <= trigger) expected = el.dataset.step ?? null;
			}
		}
		const box = fig.getBoundingClientRect();
		return {
			chart: fig.dataset.chart ?? '',
			steps: stepEls.map((el) => el.dataset.step ?? ''),
			expected,
			current: stepEls
				.filter((el) => el.getAttribute('aria-current') === 'step')
				.map((el) => el.dataset.step ?? ''),
			state: fig.dataset.state ?? null,
			settled: Array.from(fig.querySelectorAll('[data-settled]')).map((el) =>
				el.getAttribute('data-settled')
			),
			onScreen: box.bottom > 0 && box.top < window.innerHeight && box.height > 0,
			staticIsland: fig.querySelector('[data-island="static"]') !== null
		};
	});
}

/**
 * Everything that is wrong in `truth`, in words (empty when the page is right): the active step
 * differs from the one under the trigger line, the graphic does not show the active step, a
 * graphic on screen shows a step of another section, or a mark is still mid-animation.
 * Pure: runs in Node or in the page.
 * @param {SectionTruth[]} truth
 * @returns {string[]}
 */
export function mismatches(truth) {
	const wrong = [];
	for (const t of truth) {
		const want = t.expected ? [t.expected] : [];
		if (t.current.join() !== want.join())
			wrong.push(`${t.chart}: active step is [${t.current}] but the trigger line is on [${want}]`);
		if (t.expected && t.state !== t.expected)
			wrong.push(`${t.chart}: figure shows ${t.state} while ${t.expected} is active`);
		if (t.onScreen && (!t.state || !t.steps.includes(t.state)))
			wrong.push(`${t.chart}: figure on screen shows "${t.state}", not a step of its section`);
		if (!t.settled.length) wrong.push(`${t.chart}: no chart root with data-settled`);
		// A chart on screen must be settled; so must every live one. An off-screen chart that is
		// still its prerendered island (its code not loaded yet) truthfully says it does not show
		// the figure's step.
		if ((t.onScreen || !t.staticIsland) && t.settled.some((s) => s !== 'true'))
			wrong.push(`${t.chart}: a chart is not settled (data-settled=${t.settled})`);
	}
	return wrong;
}

/**
 * mulberry32: a tiny seeded PRNG, uniform in [0, 1), so a failure reproduces from its seed.
 * @param {number} seed
 * @returns {() => number}
 */
export function seededRandom(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
