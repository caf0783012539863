/**
 * Chart labels as the reader sees them: at every step of the timeline and the mines map, no two
 * labels' rendered text overlaps and none runs out of its chart. The layouts fit labels with
 * widths measured in the browser (charts/shared/text.ts); this checks the real rendered text.
 */
import { expect, test } from '@playwright/test';
import { expectActive, scrollySections, scrollToStep } from './support/story';

const CHARTS = ['timeline', 'mines'];

for (const { section, steps } of scrollySections.filter((s) => CHARTS.includes(s.section.chart!))) {
	test(`${section.chart}: labels never overlap or leave the chart, at every step`, async ({
		page
	}) => {
		await page.goto('./');
		for (const step of steps) {
			await scrollToStep(page, step.id);
			await expectActive(page, step);
			const figure = page.locator(`figure[data-chart="${section.chart}"]`);
			await expect(figure.locator('[data-settled]').first()).toHaveAttribute(
				'data-settled',
				'true'
			);
			const { boxes, svg } = await figure.evaluate((fig) => {
				const root = fig.querySelector('svg')!;
				const rect = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
				const labels = [...fig.querySelectorAll('svg text')].filter(
					(t) => t.textContent!.trim() !== '' && getComputedStyle(t).visibility !== 'hidden'
				);
				return {
					svg: rect(root.parentElement!),
					boxes: labels.map((t) => ({ text: t.textContent!.trim(), ...rect(t) }))
				};
			});
			expect(boxes.length).toBeGreaterThan(3);
			boxes.forEach((a, i) => {
				expect(a.left, `"${a.text}" at ${step.id}`).toBeGreaterThanOrEqual(svg.left - 1);
				expect(a.right, `"${a.text}" at ${step.id}`).toBeLessThanOrEqual(svg.right + 1);
				for (const b of boxes.slice(i + 1)) {
					const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
					const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
					expect(x > 1 && y > 1, `"${a.text}" overlaps "${b.text}" at ${step.id}`).toBe(false);
				}
			});
		}
	});
}
