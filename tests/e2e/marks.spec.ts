/**
 * Tapping a mark (issues: the timeline; the casualty figures and the mine disruptions): every
 * interactive mark of every graphic opens the words of the report it rests on, with a link to
 * their paragraph, by tap or click and by keyboard (Enter); Escape closes it and gives focus back.
 */
import { expect, test, type Page } from '@playwright/test';
import { content, expectActive, scrollySections, scrollToStep } from './support/story';

const norm = (s: string) =>
	s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** The entries each graphic's marks can quote. */
const sources = {
	timeline: content.events,
	casualties: content.casualties,
	mines: content.mines
} as const;

async function expectQuoteIn(page: Page, chart: keyof typeof sources) {
	const dialog = page.locator(`figure[data-chart="${chart}"] [role="dialog"]`);
	await expect(dialog).toBeVisible();
	const text = norm(await dialog.innerText());
	const entry = sources[chart].find((e) => text.includes(norm(e.quote)));
	expect(entry, `the dialog quotes one of the ${chart} entries verbatim:\n${text}`).toBeTruthy();
	await expect(dialog.locator(`a[href$="#p-${entry!.paragraph}"]`)).toHaveCount(1);
	return dialog;
}

for (const { section, steps } of scrollySections) {
	const chart = section.chart as keyof typeof sources;
	// The richest state of each graphic: the one with the most highlighted marks.
	const step = steps.at(-1)!;

	test(`${chart}: every mark opens its quote and paragraph link, by tap and by keyboard`, async ({
		page,
		isMobile
	}) => {
		await page.goto(`./#${step.id}`);
		await scrollToStep(page, step.id);
		await expectActive(page, step);
		const marks = page.locator(`figure[data-chart="${chart}"] [aria-haspopup="dialog"]`);
		const count = await marks.count();
		expect(count).toBeGreaterThan(0);
		for (let i = 0; i < count; i++) {
			const mark = marks.nth(i);
			if (isMobile) await mark.tap();
			else await mark.click();
			await expect(mark).toHaveAttribute('aria-expanded', 'true');
			await expectQuoteIn(page, chart);
			await page.keyboard.press('Escape');
			await expect(page.locator(`figure[data-chart="${chart}"] [role="dialog"]`)).toHaveCount(0);
		}
		// Keyboard: Enter opens, Escape closes and returns focus to the mark.
		const first = marks.first();
		await first.focus();
		await page.keyboard.press('Enter');
		await expectQuoteIn(page, chart);
		await page.keyboard.press('Escape');
		await expect(first).toBeFocused();
	});
}

test('the mine sites’ tap targets are 44 px and never overlap, from 320 px wide', async ({
	page,
	isMobile
}) => {
	test.skip(!isMobile, 'the sites crowd together on phones');
	const mines = scrollySections.find((s) => s.section.chart === 'mines')!;
	for (const width of [320, 390]) {
		await page.setViewportSize({ width, height: 700 });
		for (const step of mines.steps) {
			await page.goto(`./#${step.id}`);
			await scrollToStep(page, step.id);
			await expectActive(page, step);
			const boxes = await page
				.locator('figure[data-chart="mines"] button[aria-haspopup="dialog"][aria-label*="Details"]')
				.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
			expect(boxes.length).toBeGreaterThan(3);
			boxes.forEach((a, i) => {
				expect(Math.min(a.width, a.height), `target ${i} at ${width} px`).toBeGreaterThanOrEqual(
					43.9
				);
				for (const b of boxes.slice(i + 1)) {
					const overlap =
						Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
						Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
					expect(overlap, `targets overlap at ${width} px, step ${step.id}`).toBe(false);
				}
			});
		}
	}
});
