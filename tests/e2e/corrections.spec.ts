/**
 * What readers get of issue 28: the corrections log ("Updates and corrections", linked from
 * "Updated …" under the headline) and "Cite this story" (APA, MLA, Chicago, each with a copy
 * button), on the page, with and without JavaScript and the Clipboard API, in the printed handout
 * (A4, read back with pdf.js) and in the single-file offline copy.
 */
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { citationDate } from '../../src/lib/content/citation';
import { STYLES, plainText, storyVersion } from '../../src/lib/notes/cite-story';
import { offlineFile } from './support/offline-build';
import { pdfPagesText } from './support/pdf-text';
import { content, watchPage } from './support/story';

const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL).origin : null;
const version = storyVersion(content.corrections, process.env.PUBLISHED_DATE || null);
const latest = content.corrections[0]!;

/** Each style's citation as the page should give it, for a page at `url` (null: no address). */
const expected = (url: string | null) =>
	STYLES.map((style) => ({
		...style,
		text: plainText(style.cite({ title: content.story.headline, version, url }))
	}));

/** The story's own address, absolute: SITE_URL's, else the one the tests opened it at. */
const address = (baseURL: string | undefined) =>
	`${siteUrl ?? new URL(baseURL!).origin}${basePath}/`;

/** Every whitespace run as one space, typographic quotes straightened (as pdf.js reads them). */
const squash = (s: string) =>
	s
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201C\u201D]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();

/** Checks the log on the page: every entry, newest first, with its date, change and reason. */
async function expectLog(page: Page) {
	const log = page.locator('#corrections');
	await expect(log.getByRole('heading', { level: 2 })).toHaveText('Updates and corrections');
	const items = log.locator('.log > li');
	await expect(items).toHaveCount(content.corrections.length);
	for (const [i, correction] of content.corrections.entries()) {
		const item = items.nth(i);
		await expect(item.locator('time')).toHaveAttribute('datetime', correction.date);
		await expect(item).toContainText(citationDate(correction.date));
		await expect(item).toContainText(`What changed: ${correction.what}`);
		await expect(item).toContainText(`Why: ${correction.why}`);
	}
}

test('the log is dated and complete, and “Updated” under the headline goes to it', async ({
	page
}) => {
	expect(content.corrections.length).toBeGreaterThan(0);
	const watch = watchPage(page);
	await page.goto('./');
	const updated = page.locator('header').getByRole('link', {
		name: `Updated ${citationDate(latest.date)}`
	});
	await expect(updated).toHaveAttribute('href', '#corrections');
	await expect(updated.locator('time')).toHaveAttribute('datetime', latest.date);
	await updated.click();
	await expect(page).toHaveURL(/#corrections$/);
	await expect(page.locator('#corrections h2')).toBeInViewport();
	await expectLog(page);
	// After the notes and sources, before the original report.
	const order = await page.evaluate(() =>
		[...document.querySelectorAll('main > section[id], main section[id]')].map((s) => s.id)
	);
	expect(order.indexOf('notes')).toBeLessThan(order.indexOf('corrections'));
	expect(order.indexOf('corrections')).toBeLessThan(order.indexOf('cite'));
	expect(order.indexOf('cite')).toBeLessThan(order.indexOf('report'));
	expect(watch.errors).toEqual([]);
});

test.describe('cite this story', () => {
	test('gives each style’s citation, and its button copies exactly that', async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
			origin: new URL(baseURL!).origin
		});
		await page.goto('./#cite');
		for (const style of expected(address(baseURL))) {
			const box = page.locator(`[data-cite-style="${style.id}"]`);
			await expect(box.getByRole('heading', { level: 3 })).toContainText(style.name);
			await expect(box.locator('[data-copy-text]')).toHaveText(style.text);
			const button = box.getByRole('button', { name: `Copy the ${style.name} citation` });
			const size = (await button.boundingBox())!;
			expect(size.height).toBeGreaterThanOrEqual(44);
			await button.click();
			await expect(box.getByRole('status')).toHaveText('Copied to the clipboard.');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(style.text);
		}
		// The address is complete: no note about a relative one.
		await expect(page.locator('#cite [data-relative-note]')).toHaveCount(0);
		// APA sets the title in italics.
		await expect(page.locator('[data-cite-style="apa"] i')).toHaveText(/^Kyrgyzstan/);
	});

	test('without the Clipboard API the citation is selected for copying by hand', async ({
		page,
		baseURL
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: undefined });
		});
		await page.goto('./#cite');
		const mla = expected(address(baseURL)).find((s) => s.id === 'mla')!;
		const box = page.locator('[data-cite-style="mla"]');
		await box.getByRole('button', { name: 'Copy the MLA citation' }).click();
		await expect(box.getByRole('status')).toHaveText(
			'The citation is selected: press Ctrl+C (⌘C on a Mac) to copy it.'
		);
		expect(await page.evaluate(() => getSelection()?.toString().trim())).toBe(mla.text);
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		test('the log and the citations are plain text, with no dead buttons', async ({ page }) => {
			await page.goto('./');
			await expectLog(page);
			const relative = siteUrl ? `${siteUrl}${basePath}/` : `${basePath}/`;
			for (const style of expected(relative)) {
				const box = page.locator(`[data-cite-style="${style.id}"]`);
				await expect(box.locator('[data-copy-text]')).toHaveText(style.text);
				await expect(box.getByRole('button')).toHaveCount(0);
			}
			if (!siteUrl) await expect(page.locator('#cite [data-relative-note]')).toBeVisible();
		});
	});
});

test.describe('in the handout and the offline copy', () => {
	test.skip(({ isMobile }) => isMobile, 'printing and the file are the same from any screen');

	test('the printed handout (A4) carries the log and the citations, not the buttons', async ({
		page,
		baseURL
	}, testInfo) => {
		await page.goto('./');
		await expect(page.locator('[data-cite-style="apa"] [data-copy]')).toBeVisible();
		const file = testInfo.outputPath('story-A4.pdf');
		await page.pdf({ path: file, format: 'A4', printBackground: true });
		const all = squash((await pdfPagesText(file)).join(' '));
		expect(all).toContain('Updates and corrections');
		expect(all).toContain(squash(citationDate(latest.date)));
		for (const correction of content.corrections) {
			expect(all).toContain(squash(correction.what).slice(0, 80));
			expect(all).toContain(squash(correction.why).slice(0, 80));
		}
		expect(all).toContain('Cite this story');
		for (const style of expected(address(baseURL))) expect(all).toContain(squash(style.text));
		expect(all).not.toContain('Copy the APA citation');
		expect(all).not.toContain('Copied to the clipboard');
	});

	test('the offline file shows the log, “Updated” and the citations, without an address', async ({
		page
	}) => {
		await page.route('**/*', (route) =>
			route.request().url().startsWith('file:') ? route.continue() : route.abort()
		);
		const watch = watchPage(page);
		await page.goto(pathToFileURL(offlineFile).href);
		await expect(page.locator('h1')).toHaveText(content.story.headline);
		await page
			.locator('header')
			.getByRole('link', { name: `Updated ${citationDate(latest.date)}` })
			.click();
		await expect(page.locator('#corrections h2')).toBeInViewport();
		await expectLog(page);
		for (const style of expected(null)) {
			const box = page.locator(`[data-cite-style="${style.id}"]`);
			await expect(box.locator('[data-copy-text]')).toHaveText(style.text);
			await expect(
				box.getByRole('button', { name: `Copy the ${style.name} citation` })
			).toBeVisible();
		}
		await expect(page.locator('#cite .note')).toContainText('This copy has no web address');
		expect(watch.errors).toEqual([]);
	});
});
