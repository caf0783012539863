/**
 * The timeline as a reader without JavaScript sees it (and every reader sees it first): the
 * prerendered SVG, one HTML for every screen, must fit the figure whole at the narrowest phones,
 * with every label whole, apart from the others and legible. The live chart's labels are checked
 * in labels.spec.ts.
 */
import { expect, test } from '@playwright/test';

for (const [width, height] of [
	[320, 640],
	[390, 844],
	[768, 1024],
	[1440, 900]
] as const) {
	test.describe(`JavaScript off, ${width} x ${height}`, () => {
		test.use({ javaScriptEnabled: false, viewport: { width, height }, isMobile: false });

		test('the prerendered timeline fits its figure, labels whole, nothing overlapping', async ({
			page
		}) => {
			await page.goto('./');
			const figure = page.locator('figure[data-chart="timeline"]');
			await figure.scrollIntoViewIfNeeded();
			const seen = await figure.evaluate((fig) => {
				const box = fig.querySelector('.chart-box')!.getBoundingClientRect().toJSON() as DOMRect;
				const svg = fig.querySelector('svg')!;
				const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
				const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim());
				return {
					box,
					pageWidth: document.documentElement.scrollWidth,
					texts: texts.map((t) => ({
						text: t.textContent!.trim(),
						px: parseFloat(getComputedStyle(t).fontSize) * scale,
						...(t.getBoundingClientRect().toJSON() as DOMRect)
					})),
					labels: [...svg.querySelectorAll('[data-label] tspan')].map((t) => t.textContent!)
				};
			});
			expect(seen.pageWidth, 'no horizontal scroll').toBeLessThanOrEqual(width);
			expect(seen.labels.length, 'event labels').toBeGreaterThan(2);
			for (const line of seen.labels) expect(line, 'a cut label').not.toMatch(/…$/);
			seen.texts.forEach((a, i) => {
				const where = `"${a.text}" at ${width}px`;
				expect(a.px, `${where}: text size`).toBeGreaterThanOrEqual(12 - 0.01);
				expect(a.left, where).toBeGreaterThanOrEqual(seen.box.left - 1);
				expect(a.right, where).toBeLessThanOrEqual(seen.box.right + 1);
				expect(a.top, where).toBeGreaterThanOrEqual(seen.box.top - 1);
				expect(a.bottom, where).toBeLessThanOrEqual(seen.box.bottom + 1);
				for (const b of seen.texts.slice(i + 1)) {
					const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
					const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
					expect(x > 1 && y > 1, `${where} overlaps "${b.text}"`).toBe(false);
				}
			});
		});
	});
}
