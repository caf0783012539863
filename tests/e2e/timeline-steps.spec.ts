/**
 * A step change of the live timeline updates only what changes (issue 10: no long task while
 * scrolling, and the cost of a step must not grow with every event of the story). Between two
 * steps with the same time window, a bar of an event that is highlighted in neither stays the
 * same element and is not touched at all: its rows move by one transform per sub-row, not per
 * event. And whatever moves, the chart lands exactly where a fresh chart in that step is drawn.
 */
import { expect, test, type Page } from '@playwright/test';
import { MOTION_MS } from '../../src/lib/shared/motion';
import { content, expectActive, scrollToStep, scrollySections } from './support/story';

const timeline = scrollySections.find((s) => s.section.chart === 'timeline')!;
const stepById = (id: string) => timeline.steps.find((s) => s.id === id)!;

/** Two consecutive steps with the same window and different highlights. */
const from = stepById('prisoners-freed');
const to = stepById('takeover');

test('two steps share a window, so the test compares like with like', () => {
	const a = from.state as { window: unknown; focus: string[] };
	const b = to.state as { window: unknown; focus: string[] };
	expect(content.sections.length).toBeGreaterThan(0);
	expect(b.window).toEqual(a.window);
	expect(b.focus).not.toEqual(a.focus);
});

test.describe('on a phone', () => {
	// At 390 x 844 the two steps give grey strips the same thickness; in a taller box (1440 x 900)
	// the spare height spread over the strips differs between them, so every strip does change.
	test.use({ viewport: { width: 390, height: 844 } });

	test('a step change keeps every other event’s bar as it is: same element, untouched', async ({
		page
	}) => {
		await page.goto('./');
		await scrollToStep(page, from.id);
		await expectActive(page, from);
		const figure = page.locator('figure[data-chart="timeline"]');
		await expect(figure.locator('[data-island]')).toHaveAttribute('data-island', 'live');

		// Remember each bar's element, and record every change made inside a bar from now on.
		const before = await figure.evaluate((fig) => {
			const bars = new Map<string, Element>();
			for (const bar of fig.querySelectorAll('[data-event]'))
				bars.set(bar.getAttribute('data-event')!, bar);
			const touched = new Set<string>();
			new MutationObserver((records) => {
				for (const r of records) {
					const bar = (r.target as Element).closest?.('[data-event]');
					if (bar) touched.add(bar.getAttribute('data-event')!);
				}
			}).observe(fig, { subtree: true, attributes: true, childList: true, characterData: true });
			(window as unknown as { __bars: unknown }).__bars = { bars, touched };
			return [...bars.keys()];
		});

		await scrollToStep(page, to.id);
		await expectActive(page, to);

		const changed = new Set([
			...(from.state as { focus: string[] }).focus,
			...(to.state as { focus: string[] }).focus
		]);
		const after = await figure.evaluate((fig) => {
			const { bars, touched } = (
				window as unknown as { __bars: { bars: Map<string, Element>; touched: Set<string> } }
			).__bars;
			const same: string[] = [];
			for (const [id, el] of bars)
				if (fig.querySelector(`[data-event="${id}"]`) === el) same.push(id);
			return { same, touched: [...touched] };
		});
		const unchanged = before.filter((id) => !changed.has(id));
		expect(unchanged.length).toBeGreaterThan(3);
		// Every bar of an event highlighted in neither step is the element it was, and untouched.
		expect(after.same).toEqual(expect.arrayContaining(unchanged));
		expect(after.touched.filter((id) => !changed.has(id))).toEqual([]);
	});
});

test('after a step change, the chart shows exactly what it shows when it starts in that step', async ({
	page
}) => {
	const picture = async () =>
		page.locator('figure[data-chart="timeline"] svg').evaluate((svg) => {
			const round = (v: number) => Math.round(v * 2) / 2;
			return [...svg.querySelectorAll('[data-event], [data-label] text, .lane-name')].map((el) => {
				const r = el.getBoundingClientRect();
				const id = el.getAttribute('data-event') ?? el.textContent;
				return `${id}: ${round(r.x)} ${round(r.y)} ${round(r.width)} ${round(r.height)}`;
			});
		});
	// Arrived from the step before…
	await page.goto('./');
	await scrollToStep(page, from.id);
	await expectActive(page, from);
	await scrollToStep(page, to.id);
	await expectActive(page, to);
	const arrived = await picture();
	// …and straight from the top of the page to that step.
	await page.goto('./');
	await scrollToStep(page, to.id);
	await expectActive(page, to);
	expect((await picture()).sort()).toEqual(arrived.sort());
});

/**
 * Watches the timeline figure from now on: when a move's layers came and went, and the time of
 * every other change to the figure's page (attributes, elements, text).
 */
async function watchMove(page: Page) {
	await page.locator('figure[data-chart="timeline"]').evaluate((fig) => {
		const log = {
			added: [] as number[],
			removed: [] as number[],
			hidden: [] as boolean[],
			changes: [] as { at: number; what: string }[]
		};
		const inFlight = (n: Node) => n instanceof Element && !!n.closest('.flight');
		new MutationObserver((records) => {
			const now = performance.now();
			for (const r of records) {
				for (const n of r.addedNodes)
					if (n instanceof Element && n.classList.contains('flight')) {
						log.added.push(now);
						log.hidden.push(n.getAttribute('aria-hidden') === 'true');
					}
				for (const n of r.removedNodes)
					if (n instanceof Element && n.classList.contains('flight')) log.removed.push(now);
				if (
					!inFlight(r.target) &&
					![...r.addedNodes, ...r.removedNodes].some(
						(n) => n instanceof Element && n.classList.contains('flight')
					)
				) {
					const el = r.target instanceof Element ? r.target : r.target.parentElement;
					const what = `${r.type} ${r.attributeName ?? ''} on <${el?.tagName.toLowerCase()} class="${el?.getAttribute('class') ?? ''}">`;
					log.changes.push({ at: now, what });
				}
			}
		}).observe(fig, { subtree: true, attributes: true, childList: true, characterData: true });
		(window as unknown as { __move: typeof log }).__move = log;
	});
	return () =>
		page.evaluate(
			() =>
				(
					window as unknown as {
						__move: {
							added: number[];
							removed: number[];
							hidden: boolean[];
							changes: { at: number; what: string }[];
						};
					}
				).__move
		);
}

/**
 * The reader stays on the step: a step left sooner than half a long move after it was reached is
 * flown past, and the next one lands at once, with no move (`live-chart.svelte.ts`, FLY_PAST_MS).
 */
const stayOnStep = (page: Page) => page.waitForTimeout(MOTION_MS.long);

test.describe('a move between steps', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	const a = stepById('storming');
	const b = stepById('prisoners-freed');

	test('runs on layers the browser moves by itself: the page is not touched while it flies', async ({
		page
	}) => {
		await page.goto('./');
		await scrollToStep(page, a.id);
		await expectActive(page, a);
		const figure = page.locator('figure[data-chart="timeline"]');
		await expect(figure.locator('[data-island]')).toHaveAttribute('data-island', 'live');
		await stayOnStep(page);
		const read = await watchMove(page);
		await scrollToStep(page, b.id);
		await expectActive(page, b);
		const { added, removed, hidden, changes } = await read();
		// One flight, hidden from assistive technology (the chart's own text equivalent stands),
		// taken away when it lands.
		expect(added, 'one flight (none: the step changed at once, without a move)').toHaveLength(1);
		expect(hidden).toEqual([true]);
		expect(removed).toHaveLength(1);
		const [from, to] = [added[0]!, removed[0]!];
		expect(to - from, 'the move lasts most of its 700 ms').toBeGreaterThan(400);
		// Nothing of the page changes while it flies: no frame writes to the chart.
		const during = changes.filter(({ at }) => at > from + 1 && at < to - 1);
		expect(during.map(({ at, what }) => `${Math.round(at - from)} ms in: ${what}`)).toEqual([]);
		await expect(figure.locator('.flight')).toHaveCount(0);
		await expect(figure.locator('[data-flying]')).toHaveCount(0);
	});

	test('with reduced motion, lands at once: no layers', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('./');
		await scrollToStep(page, a.id);
		await expectActive(page, a);
		await stayOnStep(page);
		const read = await watchMove(page);
		await scrollToStep(page, b.id);
		await expectActive(page, b);
		expect((await read()).added).toEqual([]);
	});
});
