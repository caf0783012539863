/**
 * The geometric truth of the scroll, computed in the page from getBoundingClientRect exactly as
 * the scroll engine defines it (src/lib/scrolly/Scroller.svelte, geometry.ts and
 * ScrollySection.svelte): in each scroll-driven section the active step is the last `[data-step]`
 * whose top is at or above the trigger line, as long as the line is still inside that section's
 * steps container; the trigger line is at 0.5 of the viewport height from 64rem wide, 0.72 below.
 * Also small scroll actions for torture tests.
 */
import { expect, type Page } from '@playwright/test';

/** What the reader should see in one scroll-driven section, and what the page shows. */
export interface SectionTruth {
	/** The figure's chart name. */
	chart: string;
	/** Step ids of this section, in order. */
	steps: string[];
	/** The step under the trigger line, or null when the line is outside the steps. */
	expected: string | null;
	/** Steps of this section that carry aria-current="step". */
	current: string[];
	/** The figure's data-state. */
	state: string | null;
	/** data-settled of every chart root inside the figure. */
	settled: (string | null)[];
	/** Whether any part of the figure is inside the viewport. */
	onScreen: boolean;
	/**
	 * Whether the figure still holds its prerendered chart (`data-island="static"`): its code has
	 * not been needed yet, and its root says settled only while the figure's step is the one it shows.
	 */
	staticIsland: boolean;
}

/** Reads the truth of every scroll-driven section in one layout pass (no writes). */
export async function readTruth(page: Page): Promise<SectionTruth[]> {
	return page.evaluate(() => {
		const wide = window.matchMedia('(min-width: 64rem)').matches;
		const trigger = window.innerHeight * (wide ? 0.5 : 0.72);
		return Array.from(document.querySelectorAll<HTMLElement>('figure[data-chart]')).map(
			(figure) => {
				const section = figure.closest('section');
				const stepEls = Array.from(section?.querySelectorAll<HTMLElement>('[data-step]') ?? []);
				const container = stepEls[0]?.parentElement;
				let expected: string | null = null;
				if (container && trigger < container.getBoundingClientRect().bottom) {
					for (const el of stepEls) {
						if (el.getBoundingClientRect().top <= trigger) expected = el.dataset.step ?? null;
					}
				}
				const box = figure.getBoundingClientRect();
				return {
					chart: figure.dataset.chart ?? '',
					steps: stepEls.map((el) => el.dataset.step ?? ''),
					expected,
					current: stepEls
						.filter((el) => el.getAttribute('aria-current') === 'step')
						.map((el) => el.dataset.step ?? ''),
					state: figure.dataset.state ?? null,
					settled: Array.from(figure.querySelectorAll('[data-settled]')).map((el) =>
						el.getAttribute('data-settled')
					),
					onScreen: box.bottom > 0 && box.top < window.innerHeight && box.height > 0,
					staticIsland: figure.querySelector('[data-island="static"]') !== null
				};
			}
		);
	});
}

/**
 * Everything that is wrong in `truth`, in words (empty when the page is right): the active step
 * differs from the one under the trigger line, the graphic does not show the active step, a
 * graphic on screen shows a step of another section, or a mark is still mid-animation.
 */
export function mismatches(truth: SectionTruth[]): string[] {
	const wrong: string[] = [];
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
 * Waits until the page agrees with the geometric truth, then checks that it stays right a
 * moment later (so a late, wrong update cannot slip through). `what` names the situation.
 */
export async function expectTruth(page: Page, what: string): Promise<SectionTruth[]> {
	await expect
		.poll(async () => mismatches(await readTruth(page)), {
			message: what,
			timeout: 10_000,
			intervals: [50, 100, 150, 250]
		})
		.toEqual([]);
	await page.waitForTimeout(150);
	const truth = await readTruth(page);
	expect(mismatches(truth), `${what} (a moment later)`).toEqual([]);
	return truth;
}

/** Scrolls from the current position to `toY` in a few animation frames over `ms` milliseconds. */
export async function fling(page: Page, toY: number, ms = 600): Promise<void> {
	await page.evaluate(
		([target, duration]) =>
			new Promise<void>((done) => {
				const from = window.scrollY;
				let start = 0;
				const frame = (t: number) => {
					if (!start) start = t;
					const k = Math.min(1, (t - start) / duration);
					// Ease out, like a flick that decelerates.
					window.scrollTo(0, from + (target - from) * (1 - (1 - k) ** 3));
					if (k < 1) requestAnimationFrame(frame);
					else done();
				};
				requestAnimationFrame(frame);
			}),
		[toY, ms] as const
	);
}

/** The largest scrollY of the page. */
export async function maxScroll(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
}

/** A scrollY that puts the trigger line a little way into step `id` (its reading position). */
export async function readingY(page: Page, id: string): Promise<number> {
	return page.locator(`[data-step="${id}"]`).evaluate((el) => {
		const wide = window.matchMedia('(min-width: 64rem)').matches;
		const trigger = window.innerHeight * (wide ? 0.5 : 0.72);
		const box = el.getBoundingClientRect();
		return Math.round(window.scrollY + box.top + Math.min(40, box.height / 3) - trigger);
	});
}

/**
 * The scrollY range over which a section's trigger line crosses its steps container, with a
 * margin of one screen before and after (where the figure is on screen but no step is active).
 */
export async function sectionRange(page: Page, chart: string): Promise<[number, number]> {
	return page.locator(`figure[data-chart="${chart}"]`).evaluate((figure) => {
		const wide = window.matchMedia('(min-width: 64rem)').matches;
		const trigger = window.innerHeight * (wide ? 0.5 : 0.72);
		const first = figure.closest('section')?.querySelector<HTMLElement>('[data-step]');
		const box = (first?.parentElement ?? figure).getBoundingClientRect();
		const top = window.scrollY + box.top - trigger;
		const bottom = window.scrollY + box.bottom - trigger;
		return [Math.max(0, top - window.innerHeight), bottom + window.innerHeight / 2];
	});
}

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1), so failures reproduce from the seed. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
