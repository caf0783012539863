/**
 * For the classroom (issue 5): the presenter view (`/present/`: slides, keys, swipe, the slide in
 * the address, notes, full screen, accessibility), the printed handout (A4 and US Letter PDFs,
 * read back with pdf.js) and the single-file offline copy (opened from disk, network blocked).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { offlineFile } from './support/offline-build';
import { pdfPagesText } from './support/pdf-text';
import { expectCitations } from './support/citations';
import { chartSteps, content, scrollToStep, watchPage } from './support/story';

const slides = chartSteps;
const sectionOf = (id: string) => content.sections.find((s) => s.id === id)!;
const chartSections = content.sections.filter((s) => s.chart);
const NOTES_HEADING = 'Teacher’s notes — not part of the reporting';

/** The live slide's figure. */
const figure = (page: Page) => page.locator('main figure[data-chart]');

/** Waits until the presenter shows slide `index` (0-based): counter, title, graphic, address. */
async function expectSlide(page: Page, index: number) {
	const step = slides[index]!;
	const section = sectionOf(step.section);
	await expect(page.locator('.counter')).toContainText(`Slide ${index + 1} of ${slides.length}`);
	await expect(page.locator('main h2')).toHaveText(step.title);
	await expect(figure(page)).toHaveAttribute('data-chart', section.chart!);
	await expect(figure(page)).toHaveAttribute('data-state', step.id);
	await expect(page).toHaveURL(new RegExp(`/present/#${step.id}$`));
}

/** Opens the presenter (optionally at a hash) and waits for the live view. */
async function openPresenter(page: Page, hash = '') {
	await page.goto(`./present/${hash}`);
	await expect(page.locator('.presenter.live')).toBeVisible();
}

test.describe('the presenter view', () => {
	test('shows every scroll step as a slide, in order, with its graphic in that step’s state', async ({
		page
	}) => {
		const watch = watchPage(page);
		await openPresenter(page);
		const historyBefore = await page.evaluate(() => history.length);
		for (let i = 0; i < slides.length; i++) {
			await expectSlide(page, i);
			if (i < slides.length - 1) await page.keyboard.press('ArrowRight');
		}
		// The address follows the slide without adding history entries.
		expect(await page.evaluate(() => history.length)).toBe(historyBefore);
		expect(watch.errors).toEqual([]);
		expect(watch.offsite).toEqual([]);
	});

	test('each presenter key does what it says', async ({ page }) => {
		await openPresenter(page);
		const steps: [string, number][] = [
			['ArrowRight', 1],
			['ArrowDown', 2],
			['PageDown', 3],
			['Space', 4],
			['ArrowLeft', 3],
			['ArrowUp', 2],
			['PageUp', 1],
			['End', slides.length - 1],
			['ArrowRight', slides.length - 1], // no wrapping past the end
			['Home', 0],
			['ArrowLeft', 0], // nor before the start
			['Shift+Space', 0]
		];
		for (const [key, index] of steps) {
			await page.keyboard.press(key);
			await expectSlide(page, index);
		}
		// Browser shortcuts stay the browser's.
		await page.keyboard.press('Control+ArrowRight');
		await expectSlide(page, 0);
	});

	test('f toggles full screen and Escape leaves it', async ({ page, isMobile }) => {
		test.skip(isMobile, 'full screen from the keyboard is a laptop interaction');
		await openPresenter(page);
		const button = page.getByRole('button', { name: 'Full screen' });
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('Escape');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
	});

	test('n shows the teacher’s notes for the slide’s section, never as reporting', async ({
		page
	}) => {
		await openPresenter(page);
		const notes = page.getByRole('complementary', { name: NOTES_HEADING });
		await expect(notes).toHaveCount(0);
		await expect(page.getByText(NOTES_HEADING)).toHaveCount(0);

		for (const sectionNotes of content.notes ?? []) {
			const first = slides.findIndex((s) => s.section === sectionNotes.section);
			await page.goto(`./present/#${slides[first]!.id}`);
			await expectSlide(page, first);
			await expect(notes).toHaveCount(0);
			await page.keyboard.press('n');
			await expect(notes).toBeVisible();
			await expect(notes).toContainText(`For “${sectionOf(sectionNotes.section).title}”`);
			for (const question of sectionNotes.questions) await expect(notes).toContainText(question);
			for (const fact of sectionNotes.facts) {
				await expect(notes).toContainText(fact.text);
				const href = 'paragraph' in fact ? `#p-${fact.paragraph}` : `#fact-${fact.fact}`;
				await expect(notes.locator(`a[href$="${href}"]`).first()).toBeAttached();
				if ('fact' in fact) {
					// An outside fact shows its sources in full: outlet, linked title, date.
					const item = notes.locator('li').filter({ hasText: fact.text });
					const outside = content.facts.find((f) => f.id === fact.fact);
					await expectCitations(item, outside?.citations ?? []);
				}
			}
			await expect(page.getByRole('button', { name: 'Notes' })).toHaveAttribute(
				'aria-expanded',
				'true'
			);
			await page.keyboard.press('n');
			await expect(notes).toHaveCount(0);
		}
		expect(content.notes?.length).toBeGreaterThan(0);

		// The notes are not on the story page.
		await page.goto('./');
		await expect(page.getByText(NOTES_HEADING)).toHaveCount(0);
	});

	test('the notes follow the teacher to the next section; Escape closes them', async ({ page }) => {
		const lastOfFirst = slides.findIndex((s, i) => slides[i + 1]?.section !== s.section);
		await openPresenter(page, `#${slides[lastOfFirst]!.id}`);
		await page.keyboard.press('n');
		const notes = page.getByRole('complementary', { name: NOTES_HEADING });
		await expect(notes).toContainText(sectionOf(slides[lastOfFirst]!.section).title);
		await page.keyboard.press('ArrowRight');
		await expect(notes).toContainText(sectionOf(slides[lastOfFirst + 1]!.section).title);
		await page.keyboard.press('Escape');
		await expect(notes).toHaveCount(0);
	});

	test('a swipe left goes forward, a swipe right goes back, a tap does nothing', async ({
		page,
		isMobile
	}) => {
		test.skip(!isMobile, 'swiping needs a touch screen');
		await openPresenter(page);
		const cdp = await page.context().newCDPSession(page);
		const box = (await page.locator('main').boundingBox())!;
		const y = box.y + box.height * 0.7;
		const swipe = async (fromX: number, toX: number) => {
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchStart',
				touchPoints: [{ x: fromX, y }]
			});
			for (let i = 1; i <= 6; i++) {
				const x = fromX + ((toX - fromX) * i) / 6;
				await cdp.send('Input.dispatchTouchEvent', {
					type: 'touchMove',
					touchPoints: [{ x, y: y + i }]
				});
			}
			await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		};
		await swipe(box.x + box.width * 0.8, box.x + box.width * 0.2);
		await expectSlide(page, 1);
		await swipe(box.x + box.width * 0.8, box.x + box.width * 0.2);
		await expectSlide(page, 2);
		await swipe(box.x + box.width * 0.2, box.x + box.width * 0.8);
		await expectSlide(page, 1);
		await swipe(box.x + box.width * 0.5, box.x + box.width * 0.5 + 10);
		await expectSlide(page, 1);
	});

	test('on-screen buttons move between slides, and are big enough to hit', async ({ page }) => {
		await openPresenter(page);
		const next = page.getByRole('button', { name: 'Next slide' });
		const previous = page.getByRole('button', { name: 'Previous slide' });
		for (const button of [next, previous, page.getByRole('button', { name: 'Notes' })]) {
			const box = (await button.boundingBox())!;
			expect(box.width).toBeGreaterThanOrEqual(44);
			expect(box.height).toBeGreaterThanOrEqual(44);
		}
		await expect(previous).toHaveAttribute('aria-disabled', 'true');
		await next.click();
		await expectSlide(page, 1);
		await next.click();
		await expectSlide(page, 2);
		await previous.click();
		await expectSlide(page, 1);
		await page.keyboard.press('End');
		await expect(next).toHaveAttribute('aria-disabled', 'true');
		await next.click({ force: true }); // still focusable and clickable, but goes nowhere
		await expectSlide(page, slides.length - 1);
	});

	test('a link to one slide opens it, a reload keeps it, an unknown id opens the first', async ({
		page
	}) => {
		const watch = watchPage(page);
		const index = Math.floor(slides.length / 2);
		await openPresenter(page, `#${slides[index]!.id}`);
		await expectSlide(page, index);
		await page.keyboard.press('ArrowRight');
		await expectSlide(page, index + 1);
		await page.reload();
		await expectSlide(page, index + 1);
		for (const hash of ['#no-such-step', '#%E0%A4%A', '#<b>', '#']) {
			await openPresenter(page, hash);
			await expectSlide(page, 0);
		}
		expect(watch.errors).toEqual([]);
	});

	test('the counter is a polite live region that names the slide', async ({ page }) => {
		await openPresenter(page);
		const counter = page.locator('.counter');
		await expect(counter).toHaveAttribute('aria-live', 'polite');
		await page.keyboard.press('ArrowRight');
		await expect(counter).toHaveText(`Slide 2 of ${slides.length}: ${slides[1]!.title}`);
		await expect(counter).toBeVisible();
	});

	test('slides move with the charts’ own animations', async ({ page }) => {
		await openPresenter(page);
		const settled = figure(page).locator('[data-settled]').first();
		await expect(settled).toHaveAttribute('data-settled', 'true');
		// Record every value the chart passes through, so a busy machine cannot miss the move.
		await figure(page).evaluate((fig) => {
			const seen: string[] = [];
			(window as unknown as { settledSeen: string[] }).settledSeen = seen;
			const now = () => fig.querySelector('[data-settled]')?.getAttribute('data-settled') ?? '';
			new MutationObserver(() => seen.push(now())).observe(fig, {
				subtree: true,
				childList: true,
				attributeFilter: ['data-settled']
			});
		});
		await page.keyboard.press('ArrowRight');
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { settledSeen: string[] }).settledSeen))
			.toContain('false');
		await expect(settled).toHaveAttribute('data-settled', 'true');
	});

	test.describe('with reduced motion', () => {
		test.use({ reducedMotion: 'reduce' });

		test('every slide lands at once, without animation', async ({ page }) => {
			await openPresenter(page);
			for (let i = 1; i < 5; i++) {
				await page.keyboard.press('ArrowRight');
				await expectSlide(page, i);
				const state = await figure(page)
					.locator('[data-settled]')
					.first()
					.getAttribute('data-settled');
				expect(state).toBe('true');
			}
		});
	});

	test('links back to the story at the same step', async ({ page }) => {
		await openPresenter(page, `#${slides[3]!.id}`);
		await page.getByRole('link', { name: 'Back to the story' }).click();
		await expect(page).toHaveURL(new RegExp(`/#${slides[3]!.id}$`));
		await expect(page.locator(`[data-step="${slides[3]!.id}"]`)).toBeInViewport();
	});

	test('the story links to it: “Present this story”', async ({ page }) => {
		await page.goto('./');
		await page.getByRole('link', { name: 'Present this story' }).click();
		await expectSlide(page, 0);
	});

	test('has no accessibility violations, with and without the notes', async ({ page }) => {
		await openPresenter(page, `#${slides[2]!.id}`);
		await expect(figure(page).locator('[data-settled]').first()).toHaveAttribute(
			'data-settled',
			'true'
		);
		const check = async () => {
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
			).toEqual([]);
		};
		await check();
		await page.keyboard.press('n');
		await expect(page.getByText(NOTES_HEADING)).toBeVisible();
		await check();
	});

	test.describe('on a 1280x720 projector', () => {
		test.use({ viewport: { width: 1280, height: 720 }, isMobile: false, hasTouch: false });

		test('every slide reads from the back of the room and fits the screen', async ({ page }) => {
			await openPresenter(page);
			for (let i = 0; i < slides.length; i++) {
				await expectSlide(page, i);
				const sizes = await page
					.locator('main .prose p')
					.evaluateAll((ps) => ps.map((p) => parseFloat(getComputedStyle(p).fontSize)));
				expect(sizes.length).toBeGreaterThan(0);
				for (const size of sizes) expect(size).toBeGreaterThanOrEqual(28);
				const fit = await page.evaluate(() => {
					const text = document.querySelector('main .text')!;
					return {
						text: text.scrollHeight - text.clientHeight,
						page: document.documentElement.scrollWidth - window.innerWidth,
						height: document.documentElement.scrollHeight - window.innerHeight
					};
				});
				expect(fit, `slide ${slides[i]!.id} overflows`).toEqual({ text: 0, page: 0, height: 0 });
				await page.keyboard.press('ArrowRight');
			}
		});
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		test('every slide is on the page, in order, each graphic in its own state', async ({
			page
		}) => {
			await page.goto('./present/');
			const articles = page.locator('main article[data-slide]');
			await expect(articles).toHaveCount(slides.length);
			for (let i = 0; i < slides.length; i++) {
				const step = slides[i]!;
				const slide = articles.nth(i);
				await expect(slide).toHaveAttribute('id', step.id);
				await expect(slide.locator('h2')).toHaveText(step.title);
				await expect(slide.locator('figure[data-chart]')).toHaveAttribute('data-state', step.id);
			}
			await expect(page.getByRole('link', { name: 'Back to the story' })).toBeVisible();
			await expect(page.getByText(NOTES_HEADING)).toHaveCount(0);
		});

		test('a name on a slide leads to that person in the story’s Who’s who', async ({ page }) => {
			await page.goto('./present/');
			const links = page.locator('main a.person-link');
			expect(await links.count()).toBeGreaterThan(0);
			const story = new URL('../', page.url());
			// Every name points at the story page, at a card the story page has.
			const targets = new Set<string>();
			for (const href of await links.evaluateAll((as) =>
				as.map((a) => (a as HTMLAnchorElement).href)
			)) {
				const url = new URL(href);
				expect(url.pathname, href).toBe(story.pathname);
				expect(url.hash, href).toMatch(/^#person-[a-z0-9-]+$/);
				targets.add(url.hash);
			}
			// Follow the first, as a reader would: the story page opens at that person's card.
			const first = links.first();
			const name = (await first.textContent())!.trim();
			const hash = new URL(await first.evaluate((a) => (a as HTMLAnchorElement).href)).hash;
			await first.click();
			await expect(page).toHaveURL(`${story.href}${hash}`);
			await expect(page.locator(hash)).toBeInViewport();
			await expect(page.locator(hash)).toContainText(name);
			for (const target of targets) await expect(page.locator(target)).toHaveCount(1);
		});
	});

	test('with JavaScript, a name on a slide opens the person’s card in place', async ({ page }) => {
		await openPresenter(page);
		for (let i = 0; i < slides.length; i++) {
			if ((await page.locator('main a.person-link').count()) > 0) break;
			await page.keyboard.press('ArrowRight');
		}
		const link = page.locator('main a.person-link').first();
		const name = (await link.textContent())!.trim();
		const before = page.url();
		await link.click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('heading')).toContainText(name);
		expect(page.url()).toBe(before);
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();
		await expect(page.locator('.presenter.live')).toBeVisible();
	});
});

/** Every whitespace run as one space, typographic quotes straightened. */
const squash = (s: string) =>
	s
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201C\u201D]/g, '"')
		.replace(/\u00AD/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/** Prints the story to PDF in `format` and returns its pages' text (pdf.js). */
async function printStory(page: Page, format: 'A4' | 'Letter', file: string): Promise<string[]> {
	// page.pdf() prints like the browser does (beforeprint, print media); the PDF is checked for
	// the print figures' captions, so nothing here draws them for it.
	await page.pdf({ path: file, format, printBackground: true });
	return pdfPagesText(file);
}

/** Is this element rendered at all (it or an ancestor not display: none) under the current media? */
const shown = (l: Locator) => l.evaluate((el) => el.getClientRects().length > 0);

test.describe('the printed handout', () => {
	test.skip(({ isMobile }) => isMobile, 'printing is the same from any screen: run once');

	for (const format of ['A4', 'Letter'] as const) {
		for (const colorScheme of ['light', 'dark'] as const) {
			test(`prints cleanly to ${format} (${colorScheme} screen)`, async ({ page }, testInfo) => {
				await page.emulateMedia({ colorScheme });
				await page.goto('./');
				// The tables' captions, read from the page: the PDF must hold each of them.
				const captions = await page.locator('main table caption').allTextContents();
				expect(captions.length).toBeGreaterThanOrEqual(4);
				// No print figures while reading: they are drawn when printing starts.
				await expect(page.locator('figure[data-chart]').first()).toBeVisible();
				await expect(page.locator('.print-figure')).toHaveCount(0);

				const pages = await printStory(page, format, testInfo.outputPath(`story-${format}.pdf`));
				const all = squash(pages.join(' '));
				expect(pages.length, 'page count').toBeGreaterThanOrEqual(4);
				expect(pages.length, 'page count').toBeLessThanOrEqual(30);
				pages.forEach((text, i) => {
					expect(text.trim().length, `page ${i + 1} is blank`).toBeGreaterThan(80);
				});

				expect(all).toContain(squash(content.story.headline));
				for (const step of content.steps) expect(all).toContain(squash(step.title));
				for (const p of content.report.paragraphs) {
					const firstWords = p.text.split(/\s+/).slice(0, 5).join(' ');
					expect(all, `paragraph ${p.n}`).toContain(squash(firstWords));
				}
				for (const caption of captions) expect(all).toContain(squash(caption).slice(0, 60));
				for (const section of content.sections.filter((s) => s.caption)) {
					expect(all).toContain(squash(section.caption!).slice(0, 60));
				}
				// Each chart section's print figure, drawn as printing started, with its state in words.
				for (const section of chartSections) {
					const overview = content.steps.find(
						(s) => s.id === (section.overview ?? section.steps[0])
					)!;
					expect(all).toContain(squash(`As shown at the step “${overview.title}”`));
				}
				// The page's address, and no screen chrome.
				expect(all).toContain(`Read this story online: ${new URL(page.url()).origin}`);
				expect(all).not.toContain('Skip to the story');
				expect(all).not.toContain('Present this story');
				expect(all).not.toContain(NOTES_HEADING);

				// Never dark: the page prints on white.
				await page.emulateMedia({ media: 'print' });
				const background = await page.evaluate(
					() => getComputedStyle(document.body).backgroundColor
				);
				expect(background).toBe('rgb(255, 255, 255)');
			});
		}
	}

	test('each section prints one captioned graphic in its overview state, kept whole', async ({
		page
	}) => {
		await page.goto('./');
		await page.emulateMedia({ media: 'print' });
		for (const section of chartSections) {
			const sectionEl = page.locator(`#section-${section.id}`);
			const printed = sectionEl.locator('.print-figure');
			await expect(printed).toHaveCount(1);
			expect(await shown(printed)).toBe(true);
			await expect(printed).toHaveAttribute(
				'data-print-state',
				section.overview ?? section.steps[0]!
			);
			await expect(printed.locator('svg').first()).toBeVisible();
			await expect(printed.locator('figcaption')).toContainText(section.caption!);
			expect(await printed.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
			// The sticky scroll graphic gives way to it.
			expect(await shown(sectionEl.locator('figure[data-chart]'))).toBe(false);
			// The data table is open.
			const rows = sectionEl.locator('details table tbody tr');
			expect(await rows.count()).toBeGreaterThan(0);
			await expect(rows.first()).toBeVisible();
		}
		const skip = page.getByRole('link', { name: 'Skip to the story', includeHidden: true });
		expect(await shown(skip)).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('.print-figure').first()).toBeHidden();
	});

	test.describe('with JavaScript off', () => {
		test.use({ javaScriptEnabled: false });

		test('each section still prints its graphic, in its overview state', async ({
			page
		}, testInfo) => {
			await page.goto('./');
			await page.emulateMedia({ media: 'print' });
			for (const section of chartSections) {
				const live = page.locator(`#section-${section.id} figure[data-chart]`);
				expect(await shown(live)).toBe(true);
				await expect(live).toHaveAttribute('data-state', section.overview ?? section.steps[0]!);
				expect(await live.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(150);
			}
			const pages = await printStory(page, 'A4', testInfo.outputPath('story-no-js.pdf'));
			expect(pages.length).toBeGreaterThanOrEqual(4);
			expect(pages.length).toBeLessThanOrEqual(30);
			const all = squash(pages.join(' '));
			for (const step of content.steps) expect(all).toContain(squash(step.title));
		});
	});
});

test.describe('the offline copy', () => {
	test.skip(({ isMobile }) => isMobile, 'one file, opened once from disk on a laptop');
	// Built once by the global setup (tests/e2e/support/offline-build.ts).
	const file = offlineFile;

	/** Opens the file (at `hash`) with every request that is not a file: aborted, and records them. */
	async function openOffline(page: Page, hash = '') {
		const blocked: string[] = [];
		await page.route('**/*', (route) => {
			const url = route.request().url();
			if (url.startsWith('file:')) return route.continue();
			blocked.push(url);
			return route.abort();
		});
		const watch = watchPage(page);
		await page.goto(pathToFileURL(file).href + hash);
		return { blocked, errors: watch.errors };
	}

	test('is one file that loads nothing else', async () => {
		expect(fs.readdirSync(path.dirname(file))).toEqual(['index.html']);
		// The markup, without the text of inline scripts and styles (code may write tags as text).
		const markup = fs
			.readFileSync(file, 'utf8')
			.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/g, '$1$3');
		const loads = [...markup.matchAll(/<(script|link|img|iframe)\b[^>]*\b(src|href)="([^"]*)"/g)]
			.map((m) => m[3]!)
			.filter((url) => !url.startsWith('data:') && !url.startsWith('#'));
		expect(loads).toEqual([]);
		expect(markup.match(/<script\b/g)?.length).toBeGreaterThan(0);
	});

	test('scrolls from disk with no network, and the graphics follow', async ({ page }) => {
		const { blocked, errors } = await openOffline(page);
		await expect(page.locator('h1')).toHaveText(content.story.headline);
		const states: string[] = [];
		for (const step of chartSteps.filter((_, i) => i % 3 === 0)) {
			await scrollToStep(page, step.id);
			const chart = sectionOf(step.section).chart!;
			const fig = page.locator(`figure[data-chart="${chart}"]`);
			await expect(fig).toHaveAttribute('data-state', step.id);
			await expect(fig.locator('[data-settled]').first()).toHaveAttribute('data-settled', 'true');
			states.push(step.id);
		}
		expect(states.length).toBeGreaterThan(3);
		// An in-page link still goes to its target.
		await page.locator('a[href="#report"]').first().click();
		await expect(page.locator('#report')).toBeInViewport();
		expect(blocked).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('opens an old-style step link at that step', async ({ page }) => {
		const step = chartSteps[3]!;
		const { errors } = await openOffline(page, `#${step.id}`);
		await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
		await expect(page.locator(`[data-step="${step.id}"]`)).toBeInViewport();
		expect(errors).toEqual([]);
	});

	test('reaches the presenter view, which works as online', async ({ page }) => {
		const { blocked, errors } = await openOffline(page);
		await page.getByRole('link', { name: 'Present this story' }).click();
		await expect(page.locator('.presenter.live')).toBeVisible();
		await expect(page.locator('.counter')).toContainText(`Slide 1 of ${slides.length}`);
		await page.keyboard.press('ArrowRight');
		await expect(figure(page)).toHaveAttribute('data-state', slides[1]!.id);
		await expect(page).toHaveURL(new RegExp(`#/present/#${slides[1]!.id}$`));
		await page.keyboard.press('n');
		await expect(page.getByText(NOTES_HEADING)).toBeVisible();
		// A reload keeps the slide.
		await page.reload();
		await expect(figure(page)).toHaveAttribute('data-state', slides[1]!.id);
		await page.getByRole('link', { name: 'Back to the story' }).click();
		await expect(page.locator(`[data-step="${slides[1]!.id}"]`)).toBeInViewport();
		expect(blocked).toEqual([]);
		expect(errors).toEqual([]);
	});
});
