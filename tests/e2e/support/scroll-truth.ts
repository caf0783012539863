/**
 * The geometric truth of the scroll for Playwright: the rule itself is in
 * tests/shared/scroll-truth.mjs (one definition, shared with the Firefox and WebKit checks).
 * Also small scroll actions for torture tests.
 */
import { expect, type Page } from '@playwright/test';
import {
	mismatches,
	readTruthInPage,
	seededRandom,
	WIDE_LAYOUT,
	type SectionTruth
} from '../../shared/scroll-truth.mjs';

export type { SectionTruth };
export { mismatches, seededRandom };

/** Reads the truth of every scroll-driven section in one layout pass (no writes). */
export async function readTruth(page: Page): Promise<SectionTruth[]> {
	return page.evaluate(readTruthInPage, WIDE_LAYOUT);
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
	return page.locator(`[data-step="${id}"]`).evaluate((el, wideLayout) => {
		const wide = window.matchMedia(wideLayout).matches;
		const trigger = window.innerHeight * (wide ? 0.5 : 0.72);
		const box = el.getBoundingClientRect();
		return Math.round(window.scrollY + box.top + Math.min(40, box.height / 3) - trigger);
	}, WIDE_LAYOUT);
}

/**
 * The scrollY range over which a section's trigger line crosses its steps container, with a
 * margin of one screen before and after (where the figure is on screen but no step is active).
 */
export async function sectionRange(page: Page, chart: string): Promise<[number, number]> {
	return page.locator(`figure[data-chart="${chart}"]`).evaluate((figure, wideLayout) => {
		const wide = window.matchMedia(wideLayout).matches;
		const trigger = window.innerHeight * (wide ? 0.5 : 0.72);
		const first = figure.closest('section')?.querySelector<HTMLElement>('[data-step]');
		const box = (first?.parentElement ?? figure).getBoundingClientRect();
		const top = window.scrollY + box.top - trigger;
		const bottom = window.scrollY + box.bottom - trigger;
		return [Math.max(0, top - window.innerHeight), bottom + window.innerHeight / 2];
	}, WIDE_LAYOUT);
}
