/**
 * The readable page (issue: content model, provenance and the readable page): everything the
 * report says is on the page, the tables hold every entry, and the page is sound for every reader.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectCitations } from './support/citations';
import { content } from './support/story';

test('every line of the report is on the page, verbatim and anchored', async ({ page }) => {
	await page.goto('./');
	for (const p of content.report.paragraphs) {
		const item = page.locator(`#report #${p.anchor}`);
		await expect(item).toContainText(p.text);
	}
	await expect(page.locator('#report li')).toHaveCount(content.report.paragraphs.length);
});

test('one h1, landmarks, a skip link, a title and a description', async ({ page }) => {
	await page.goto('./');
	await expect(page.locator('h1')).toHaveCount(1);
	await expect(page.locator('h1')).toHaveText(content.story.headline);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveTitle(content.story.headline);
	await expect(page.locator('meta[name="description"]')).toHaveAttribute(
		'content',
		content.story.description
	);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('contentinfo')).toHaveCount(1);
	await expect(page.getByRole('link', { name: 'Skip to the story' })).toHaveAttribute(
		'href',
		'#main'
	);
	await expect(page.getByRole('banner')).toContainText(
		'Based on reporting by Reuters, 6 October 2020'
	);
});

test('the data tables hold every entry, each with its quote and paragraph link', async ({
	page
}) => {
	await page.goto('./');
	const sets = [
		{ name: 'events', entries: content.events, chart: 'timeline' },
		{ name: 'casualties', entries: content.casualties, chart: 'casualties' },
		{ name: 'mines', entries: content.mines, chart: 'mines' }
	];
	for (const set of sets) {
		const table = page.locator(`#section-${set.chart} details table`);
		await expect(table.locator('caption')).toHaveCount(1);
		await expect(table.locator('tbody tr')).toHaveCount(set.entries.length);
		for (const entry of set.entries) {
			const cells = table.locator('tbody');
			await expect(cells).toContainText(entry.quote.replace(/\s+/g, ' ').slice(0, 40));
			await expect(cells.locator(`a[href$="#p-${entry.paragraph}"]`).first()).toBeAttached();
		}
	}
	const people = page.locator('.people-table table tbody tr');
	await expect(people).toHaveCount(content.people.length);
});

test("who's who, what happened next and the notes are there", async ({ page }) => {
	await page.goto('./');
	for (const person of content.people) {
		await expect(page.locator(`#person-${person.id}`)).toContainText(person.name);
	}
	const next = page.locator('#what-happened-next');
	await expect(next).toContainText('From later reports, not from the Reuters report');
	await expect(next.locator('ol > li')).toHaveCount(content.next.length);
});

test('each outside fact and later event shows its sources: outlet, linked title, date', async ({
	page
}) => {
	await page.goto('./');
	const notes = page.locator('#notes');
	await notes.scrollIntoViewIfNeeded();
	await expect(notes.locator('tbody tr')).toHaveCount(content.facts.length);
	for (const fact of content.facts) {
		await expectCitations(page.locator(`#fact-${fact.id}`), fact.citations);
	}
	for (const item of content.next) {
		const entry = page.locator(`#what-happened-next #next-${item.id}`);
		await expect(entry).toContainText(item.text);
		await expectCitations(entry, item.citations);
	}
	// The Monday of the story rests on Reuters' report of that day, linked by its headline.
	const monday = page.locator('#fact-date-monday');
	await expect(
		monday.getByRole('link', {
			name: '“Kyrgyz police use teargas, water cannon to disperse protesters”'
		})
	).toHaveAttribute(
		'href',
		/^https:\/\/nationalpost\.com\/pmn\/news-pmn\/kyrgyz-police-use-teargas/
	);
	await expect(monday).toContainText('Reuters');
	await expect(monday).toContainText('5 October 2020');
	await expect(monday).toContainText('republished by National Post');
	// A republication credits the original and names who republished it.
	await expect(page.locator('#next-jeenbekov-resigns')).toContainText(
		'Reuters, “Kyrgyzstan president Jeenbekov resigns after unrest”, 15 October 2020, republished by National Post'
	);
	// No dash where a source should be.
	await expect(notes.locator('td').filter({ hasText: /^\s*—\s*$/ })).toHaveCount(0);
});

test('no horizontal overflow at 320 px', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('./');
	for (const open of await page.locator('details').all())
		await open.evaluate((d) => d.setAttribute('open', ''));
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no violations (${colorScheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('./');
		for (const open of await page.locator('details').all())
			await open.evaluate((d) => d.setAttribute('open', ''));
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
	});
}

// Two rules axe leaves out by default and Lighthouse counts: WCAG 2.2's target size (a control
// too small or too crowded to tap) and 2.5.3, label in name (a control whose spoken name does not
// contain the words it shows). On first load, so the charts below are still their prerendered
// islands (axe cannot run with JavaScript off).
test('every control is big enough to tap and says what it shows', async ({ page }) => {
	await page.goto('./');
	const results = await new AxeBuilder({ page })
		.withRules(['target-size', 'label-content-name-mismatch'])
		.analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole text, every chart and every table are there', async ({ page }) => {
		await page.goto('./');
		await expect(page.locator('h1')).toHaveText(content.story.headline);
		for (const step of content.steps) {
			await expect(page.locator(`[data-step="${step.id}"]`)).toContainText(step.title);
			await expect(page.locator(`[data-step="${step.id}"]`)).toContainText(step.graphic);
		}
		for (const section of content.sections.filter((s) => s.chart)) {
			const figure = page.locator(`figure[data-chart="${section.chart}"]`);
			await expect(figure).toHaveCount(1);
			await expect(figure.locator('svg').first()).toBeVisible();
			await expect(figure).toHaveAttribute('data-state', section.overview ?? section.steps[0]!);
		}
		await expect(page.locator('#report li')).toHaveCount(content.report.paragraphs.length);
		await expect(page.locator('details table')).toHaveCount(4);
	});
});
