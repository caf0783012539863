/**
 * Chart text is never under 12 px on screen (design.md), at any step of any graphic, on the
 * small phones readers hold: a chart taller than its box is scaled down to fit (ChartFigure), and
 * that must not take its text below 12 px. The sizes are what a phone's browser leaves for the
 * page: 320 x 568 and 320 x 640 (the narrowest phones), 360 x 560 (a small Android with its
 * bars), 375 x 548 (an iPhone SE in Safari), and phones on their side: 844 x 390 and 640 x 360.
 * Measured as the reader sees it: each text's font size times every scale between it and the
 * screen.
 *
 * It sets its own viewports, so it runs once, in the desktop project.
 */
import { expect, test, type Locator } from '@playwright/test';
import { expectActive, scrollySections, scrollToStep } from './support/story';

const SIZES = [
	{ width: 320, height: 568 },
	{ width: 320, height: 640 },
	{ width: 360, height: 560 },
	{ width: 375, height: 548 },
	{ width: 844, height: 390 },
	{ width: 640, height: 360 }
];
const LEAST_PX = 12;

test.use({ reducedMotion: 'reduce', trace: 'off' });
test.skip(({ isMobile }) => isMobile, 'sets its own viewports: runs once, in the desktop project');

/** Every visible text of the figure's chart under `LEAST_PX` on screen: "text (size px)". */
async function smallTexts(figure: Locator): Promise<string[]> {
	return figure.locator('.chart-box').evaluate((box, least) => {
		// The scale of the chart's fitting box (ChartFigure's `.fit`), for HTML text inside it.
		const fit = box.querySelector<HTMLElement>('.fit');
		const fitScale = fit ? fit.getBoundingClientRect().width / fit.offsetWidth || 1 : 1;
		const small: string[] = [];
		const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.trim();
			const el = node.parentElement;
			if (!text || !el || !el.getClientRects().length) continue;
			// Read by assistive technology only, or a move's copy (not with reduced motion).
			if (el.closest('.visually-hidden, .flight')) continue;
			const style = getComputedStyle(el);
			if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
			const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
			const scale = ctm ? Math.hypot(ctm.c, ctm.d) : fitScale;
			const px = parseFloat(style.fontSize) * scale;
			if (px < least - 0.01) small.push(`"${text}" (${px.toFixed(1)} px)`);
		}
		return small;
	}, LEAST_PX);
}

for (const size of SIZES) {
	const label = `${size.width}x${size.height}`;
	test.describe(`at ${label}`, () => {
		test.use({ viewport: size });

		test(`every step of every graphic keeps its text at ${LEAST_PX} px or more`, async ({
			page
		}) => {
			await page.goto('./');
			const problems: string[] = [];
			for (const { section, steps } of scrollySections) {
				const figure = page.locator(`figure[data-chart="${section.chart}"]`);
				for (const step of steps) {
					await scrollToStep(page, step.id);
					await expectActive(page, step);
					for (const text of await smallTexts(figure))
						problems.push(`${section.chart} · ${step.id} · ${label}: ${text}`);
				}
			}
			expect(problems, `text under ${LEAST_PX} px:\n${problems.join('\n')}`).toEqual([]);
		});
	});
}
