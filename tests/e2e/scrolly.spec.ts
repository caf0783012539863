/**
 * The scroll engine's observable contract (issue: scroll engine and the animated timeline):
 * `data-step`, `aria-current="step"`, `figure[data-chart][data-state]`, deep links, keyboard,
 * reduced motion, and robustness to reloads and viewport changes.
 */
import { expect, test } from '@playwright/test';
import {
	chartSteps,
	content,
	expectActive,
	scrollToStep,
	scrollySections,
	watchPage
} from './support/story';

const timeline = scrollySections.find((s) => s.section.chart === 'timeline')!;

test('scrolling down activates every step in order, and the graphics follow', async ({ page }) => {
	const watch = watchPage(page);
	await page.goto('./');
	for (const step of chartSteps) {
		await scrollToStep(page, step.id);
		await expectActive(page, step);
	}
	expect(watch.errors).toEqual([]);
});

test('scrolling back up reverses it', async ({ page }) => {
	await page.goto('./');
	const steps = timeline.steps;
	await scrollToStep(page, steps[steps.length - 1]!.id);
	await expectActive(page, steps[steps.length - 1]!);
	for (const step of [...steps].reverse()) {
		await scrollToStep(page, step.id);
		await expectActive(page, step);
	}
});

test('the address bar follows the active step without adding history entries', async ({ page }) => {
	await page.goto('./');
	const before = await page.evaluate(() => history.length);
	// The address follows the reader's own moves, not where the page happened to be when it
	// hydrated: reach a first step, then move on.
	await scrollToStep(page, timeline.steps[0]!.id);
	await expectActive(page, timeline.steps[0]!);
	const [a, b] = [timeline.steps[1]!, timeline.steps[2]!];
	await scrollToStep(page, a.id);
	await expectActive(page, a);
	await expect(page).toHaveURL(new RegExp(`#${a.id}$`));
	await scrollToStep(page, b.id);
	await expectActive(page, b);
	await expect(page).toHaveURL(new RegExp(`#${b.id}$`));
	expect(await page.evaluate(() => history.length)).toBe(before);
});

test('a quick run through several steps announces only the step the reader stops on, and writes only the first address and the last', async ({
	page
}) => {
	await page.goto('./');
	const [first, ...run] = timeline.steps.slice(0, 5);
	// Start on a step, and let its announcement (if the page's script was already following)
	// come and go: the story announces a step after the reader has stayed on it 300 ms.
	await scrollToStep(page, first!.id);
	await expectActive(page, first!);
	await page.waitForTimeout(500);
	const last = run[run.length - 1]!;
	// Record what a screen reader hears, what the address bar is told, and when each step became
	// current (a busy machine can stall the run long enough that the reader, in effect, stayed).
	await page.evaluate(
		async (ids) => {
			const heard: string[] = [];
			const written: string[] = [];
			const reached: { id: string; at: number }[] = [];
			const announcer = document.querySelector('[data-announcer]')!;
			new MutationObserver(() => heard.push(announcer.textContent ?? '')).observe(announcer, {
				childList: true,
				characterData: true,
				subtree: true
			});
			new MutationObserver((records) => {
				for (const r of records) {
					const el = r.target as HTMLElement;
					if (el.getAttribute('aria-current') === 'step')
						reached.push({ id: el.dataset.step!, at: performance.now() });
				}
			}).observe(document.body, {
				attributes: true,
				attributeFilter: ['aria-current'],
				subtree: true
			});
			const replace = history.replaceState.bind(history);
			history.replaceState = (state, unused, url) => {
				written.push(String(url));
				replace(state, unused, url);
			};
			Object.assign(window, { heard, written, reached });
			for (const id of ids) {
				document.querySelector(`[data-step="${id}"]`)!.scrollIntoView({ block: 'start' });
				await new Promise((r) => setTimeout(r, 40));
			}
		},
		run.map((s) => s.id)
	);
	await expectActive(page, last);
	await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
	const { heard, written, reached } = await page.evaluate(() => {
		const w = window as unknown as {
			heard: string[];
			written: string[];
			reached: { id: string; at: number }[];
		};
		return { heard: w.heard, written: w.written, reached: w.reached };
	});
	// Each history write costs the scroll a few milliseconds, and WebKit refuses more than 100 in
	// 30 seconds: the steps run through are not written; the first step after the stay is written
	// at once, then only the one the reader stops on. Where the run stalled 300 ms (SETTLE_MS) or
	// more between two steps, the reader in effect stayed: either may be written, and the first of
	// them announced.
	const stalled = (i: number) =>
		i > 0 && i < reached.length && reached[i]!.at - reached[i - 1]!.at >= 300;
	const stayed = new Set(
		reached.filter((_, i) => i === 0 || stalled(i) || stalled(i + 1)).map((r) => r.id)
	);
	const titleOf = (id: string) =>
		(timeline.steps.find((s) => s.id === id)?.title ?? id).replace(/\s+/g, ' ').trim();
	expect(written.at(-1)).toBe(`#${last.id}`);
	for (const url of written.slice(0, -1))
		expect([...stayed], `${url} was written while the reader ran through it`).toContain(
			url.slice(1)
		);
	expect(written.length).toBeLessThanOrEqual(stayed.size + 1);
	const said = heard.map((t) => t.replace(/\s+/g, ' ').trim());
	expect(said.at(-1)).toBe(titleOf(last.id));
	for (const title of said.slice(0, -1))
		expect(
			[...stayed].map(titleOf),
			`"${title}" was announced while the reader ran through it`
		).toContain(title);
});

test('steps the reader flies past change at once; a step they stay on animates', async ({
	page
}) => {
	await page.goto('./');
	// The first five timeline steps: each shows a different state from the one before.
	const [first, ...run] = timeline.steps.slice(0, 5);
	const figure = page.locator('figure[data-chart="timeline"]');
	await scrollToStep(page, first!.id);
	await expectActive(page, first!);
	await expect(figure.locator('[data-island]')).toHaveAttribute('data-island', 'live');
	await page.waitForTimeout(1000);
	// Run through the rest as fast as the chart follows, noting when each step reached the chart
	// and whether the chart was moving or had landed then.
	const seen = await page.evaluate(
		async (ids) => {
			const figure = document.querySelector<HTMLElement>('figure[data-chart="timeline"]')!;
			const frame = () => new Promise((r) => requestAnimationFrame(r));
			const reached: number[] = [];
			new MutationObserver(() => reached.push(performance.now())).observe(figure, {
				attributeFilter: ['data-state']
			});
			const seen: { settled: string | null; after: number; late: number }[] = [];
			let previous = performance.now() - 1000;
			for (const id of ids) {
				document.querySelector(`[data-step="${id}"]`)!.scrollIntoView({ block: 'start' });
				for (let i = 0; i < 60 && figure.dataset.state !== id; i++) await frame();
				if (figure.dataset.state !== id) throw new Error(`the chart never reached ${id}`);
				const at = reached.at(-1)!;
				const root = figure.querySelector('[data-island="live"] [data-settled]');
				const settled = root!.getAttribute('data-settled');
				seen.push({ settled, after: at - previous, late: performance.now() - at });
				previous = at;
			}
			return seen;
		},
		run.map((s) => s.id)
	);
	// A step reached less than 350 ms (half the long move) after the one before is flown past and
	// lands at once; one reached later moves (if it is read before its move can have ended). A busy
	// machine may make any step slow to reach, or its frame slow to come.
	for (const [i, { settled, after, late }] of seen.entries()) {
		const what = `${run[i]!.id}, reached ${Math.round(after)} ms after the step before, read ${Math.round(late)} ms later`;
		if (after < 330) expect(settled, what).toBe('true');
		if (after > 370 && late < 300) expect(settled, what).toBe('false');
	}
	expect(
		seen.filter((s) => s.after < 330).length,
		'at least one step was flown past'
	).toBeGreaterThan(0);
	const last = run.at(-1)!;
	await expectActive(page, last);
	// Staying, then going on: the chart moves again.
	await page.waitForTimeout(1000);
	const back = run.at(-2)!;
	await scrollToStep(page, back.id);
	await expect(figure.locator('[data-settled]').first()).toHaveAttribute('data-settled', 'false');
	await expectActive(page, back);
});

test('a deep link opens at that step with the graphic in its state', async ({ page }) => {
	const step = timeline.steps[3]!;
	await page.goto(`./#${step.id}`);
	await expectActive(page, step);
	await expect(page.locator(`[data-step="${step.id}"]`)).toBeInViewport();
});

test('an unknown or malformed hash is ignored', async ({ page }) => {
	const watch = watchPage(page);
	for (const hash of ['#no-such-step', '#%E0%A4%A', '#<b>']) {
		await page.goto(`./${hash}`);
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => window.scrollY)).toBeLessThan(50);
		await expect(page.locator('[aria-current="step"]')).toHaveCount(0);
	}
	expect(watch.errors).toEqual([]);
});

test('a reload half-way down restores the right step', async ({ page }) => {
	const step = timeline.steps[4]!;
	await page.goto('./');
	await scrollToStep(page, step.id);
	await expectActive(page, step);
	await page.reload();
	await expectActive(page, step);
});

test('rotating the phone and back keeps the right step', async ({ page }) => {
	const step = timeline.steps[2]!;
	await page.goto('./');
	await scrollToStep(page, step.id);
	await expectActive(page, step);
	const size = page.viewportSize()!;
	await page.setViewportSize({ width: size.height, height: size.width });
	await scrollToStep(page, step.id);
	await expectActive(page, step);
	await page.setViewportSize(size);
	await scrollToStep(page, step.id);
	await expectActive(page, step);
});

test('a keyboard user can move step by step and the graphic follows', async ({
	page,
	isMobile
}) => {
	test.skip(isMobile, 'keyboard stepping is a desktop interaction');
	await page.goto('./');
	const [first, second] = [timeline.steps[0]!, timeline.steps[1]!];
	await page.locator(`[data-step="${first.id}"]`).focus();
	// Tab through anything focusable inside the card until the next step has focus.
	for (let i = 0; i < 20; i++) {
		await page.keyboard.press('Tab');
		if (
			await page
				.locator(`[data-step="${second.id}"]`)
				.evaluate((el) => el === document.activeElement)
		)
			break;
	}
	await expect(page.locator(`[data-step="${second.id}"]`)).toBeFocused();
	await expectActive(page, second);
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('state changes land at once, without animation', async ({ page }) => {
		await page.goto('./');
		for (const step of timeline.steps.slice(0, 4)) {
			await scrollToStep(page, step.id);
			await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute(
				'aria-current',
				'step'
			);
			// Once the island has taken over (the prerendered chart says whether it shows the step
			// until then), the live chart is settled as soon as the step is active.
			const figure = page.locator('figure[data-chart="timeline"]');
			await expect(figure.locator('[data-island]')).toHaveAttribute('data-island', 'live');
			const settled = await figure.locator('[data-settled]').first().getAttribute('data-settled');
			expect(settled).toBe('true');
		}
	});
});

test('the live region announces the step title only', async ({ page }) => {
	await page.goto('./');
	// A page that loads (or hydrates) already at a step announces nothing, by design: reach one
	// step first, so the move to the next is the reader's own.
	const [first, step] = [timeline.steps[0]!, timeline.steps[1]!];
	await scrollToStep(page, first.id);
	await expectActive(page, first);
	await scrollToStep(page, step.id);
	await expectActive(page, step);
	await expect(page.locator('[aria-live="polite"]')).toHaveText(step.title);
});

test('content steps and sections agree with the page', async ({ page }) => {
	await page.goto('./');
	await expect(page.locator('[data-step]')).toHaveCount(content.steps.length);
});
