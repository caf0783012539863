/**
 * A step change of the live timeline updates only what changes (issue 10: no long task while
 * scrolling, and the cost of a step must not grow with every event of the story). Between two
 * steps with the same time window, a bar of an event that is highlighted in neither stays the
 * same element and is not touched at all: its rows move by one transform per sub-row, not per
 * event. And whatever moves, the chart lands exactly where a fresh chart in that step is drawn.
 */
import { expect, test } from '@playwright/test';
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
