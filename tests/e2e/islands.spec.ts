/**
 * Charts as islands (issue 10): each chart is prerendered and kept as HTML, its code a chunk of
 * its own that loads when its section comes near (or the browser is idle) and takes over the
 * prerendered chart in place. These tests hold the page to that: the static chart never claims a
 * state it does not show, the takeover moves nothing and animates nothing, and a chunk that cannot
 * load leaves a working page.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	chartChunks,
	chartEntries,
	islandRuntime,
	personDialogChunk,
	type ChartName
} from './support/islands';
import { content, expectActive, scrollToStep, scrollySections, watchPage } from './support/story';

const islands = chartChunks();
const entries = chartEntries();
const runtime = islandRuntime();

/** Never idle: the charts' code loads only when a section comes near (set before any script). */
async function neverIdle(page: Page) {
	await page.addInitScript(() => {
		window.requestIdleCallback = () => 0;
	});
}

/** Whether a request is for one of `chart`'s island files. */
function isIsland(url: string, chart: ChartName): boolean {
	const { pathname } = new URL(url);
	return islands[chart].some((file) => pathname.endsWith(`/${file}`));
}

/** Records which charts' own chunks `page` requested (files shared by charts do not count). */
function recordIslandRequests(page: Page) {
	const seen = new Set<ChartName>();
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		for (const chart of Object.keys(entries) as ChartName[]) {
			if (pathname.endsWith(`/${entries[chart]}`)) seen.add(chart);
		}
	});
	return seen;
}

test('a chart’s code loads only when its section comes near, not with the page', async ({
	page
}) => {
	await neverIdle(page);
	const requested = recordIslandRequests(page);
	await page.goto('./');
	await page.waitForLoadState('networkidle');
	// The last graphic is many screens below the top.
	expect(requested.has('mines')).toBe(false);
	await expect(page.locator('figure[data-chart="mines"] [data-island]')).toHaveAttribute(
		'data-island',
		'static'
	);
	const mines = scrollySections.find((s) => s.section.chart === 'mines')!;
	await scrollToStep(page, mines.steps[0]!.id);
	await expectActive(page, mines.steps[0]!);
	expect(requested.has('mines')).toBe(true);
	await expect(page.locator('figure[data-chart="mines"] [data-island]')).toHaveAttribute(
		'data-island',
		'live'
	);
});

test('a prerendered chart root never claims a state it does not show', async ({ page }) => {
	// No chart code at all: every figure keeps its prerendered (overview) chart.
	await page.route('**/_app/immutable/**', (route) => {
		const url = route.request().url();
		const island = (Object.keys(islands) as ChartName[]).some((c) => isIsland(url, c));
		return island ? route.abort('internetdisconnected') : route.continue();
	});
	await page.goto('./');
	for (const { section, steps } of scrollySections) {
		const overview = section.overview ?? section.steps[0]!;
		const figure = page.locator(`figure[data-chart="${section.chart}"]`);
		for (const step of [steps[0]!, steps.find((s) => s.id === overview)!]) {
			await scrollToStep(page, step.id);
			await expect(figure).toHaveAttribute('data-state', step.id);
			await expect(figure.locator('[data-settled]').first()).toHaveAttribute(
				'data-settled',
				step.id === overview ? 'true' : 'false'
			);
		}
	}
});

/** What a dropped network can take away: each chart's own chunks, or the runtime they share. */
const blockable = {
	'a chart’s chunk': (url: string) =>
		(Object.keys(islands) as ChartName[]).some((c) => isIsland(url, c)),
	'the islands’ shared runtime': (url: string) =>
		runtime.some((file) => new URL(url).pathname.endsWith(`/${file}`))
};

for (const [what, isBlocked] of Object.entries(blockable)) {
	test(`if ${what} cannot load, the page works: chart, text and table stay, steps follow the reader`, async ({
		page
	}) => {
		const watch = watchPage(page);
		const failed: string[] = [];
		let blocked = true;
		await page.route('**/_app/immutable/**', (route) => {
			const url = route.request().url();
			if (blocked && isBlocked(url)) {
				failed.push(url);
				return route.abort('internetdisconnected');
			}
			return route.continue();
		});
		await page.goto('./');
		for (const { section, steps } of scrollySections) {
			const figure = page.locator(`figure[data-chart="${section.chart}"]`);
			for (const step of steps) {
				await scrollToStep(page, step.id);
				await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute(
					'aria-current',
					'step'
				);
				await expect(figure).toHaveAttribute('data-state', step.id);
			}
			// The prerendered chart, the step's text equivalent and the data table are all there.
			await expect(figure.locator('[data-island="static"] svg').first()).toBeVisible();
			await expect(page.locator(`[data-step="${steps[0]!.id}"] .graphic-text`)).toHaveCount(1);
			await expect(page.locator(`#section-${section.id} details.data-table table`)).not.toHaveCount(
				0
			);
		}
		expect(failed.length).toBeGreaterThan(0);
		// The network is back and the reader returns: the figure tries once more. (Chromium keeps a
		// failed dynamic import failed for the page's lifetime, whatwg/html#6768, so there the static
		// chart stays until a reload; whichever it is, the page keeps working and throws nothing.)
		blocked = false;
		const first = scrollySections[0]!;
		await scrollToStep(page, first.steps[1]!.id);
		await expect(page.locator(`[data-step="${first.steps[1]!.id}"]`)).toHaveAttribute(
			'aria-current',
			'step'
		);
		await expect(
			page.locator(`figure[data-chart="${first.section.chart}"] svg`).first()
		).toBeVisible();
		// A blocked request is logged by the browser as a failed resource: that is the only error.
		expect(watch.errors.filter((e) => !/Failed to load resource|net::ERR/.test(e))).toEqual([]);
	});
}

/**
 * Records layout shifts and any live chart root that says it is moving (set before any script);
 * `read()` returns both.
 */
async function watchTakeovers(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __shift: number; __unsettled: string[] };
		w.__shift = 0;
		w.__unsettled = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
				if (!e.hadRecentInput) w.__shift += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
		// Any live chart root that says it is moving: there must be none after a takeover.
		new MutationObserver((records) => {
			for (const r of records) {
				const el = r.target as Element;
				if (el.getAttribute('data-settled') === 'false' && el.closest('[data-island="live"]'))
					w.__unsettled.push(el.className.toString());
			}
		}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-settled'] });
	});
	return {
		read: () =>
			page.evaluate(() => {
				const w = window as unknown as { __shift: number; __unsettled: string[] };
				return { shift: w.__shift, unsettled: w.__unsettled };
			})
	};
}

test('a chart takes over in the state of the step being read, without moving or animating', async ({
	page
}) => {
	await neverIdle(page);
	const mines = scrollySections.find((s) => s.section.chart === 'mines')!;
	const step = mines.steps[mines.steps.length - 1]!;
	const takeovers = await watchTakeovers(page);
	await page.goto(`./#${step.id}`);
	const figure = page.locator('figure[data-chart="mines"]');
	await expect(figure.locator('[data-island]')).toHaveAttribute('data-island', 'live');
	await expectActive(page, step);
	// Exactly one chart root in the box: the static one is gone.
	await expect(figure.locator('[data-settled]')).toHaveCount(1);
	await page.waitForTimeout(800);
	const { shift, unsettled } = await takeovers.read();
	expect(unsettled, 'the chart animated on takeover').toEqual([]);
	expect(shift, 'layout shift').toBe(0);
});

test('code that arrives at idle builds every chart before the reader comes near, moving nothing', async ({
	page
}) => {
	const watch = watchPage(page);
	const takeovers = await watchTakeovers(page);
	await page.goto('./');
	// The reader stays at the top: the browser is idle, fetches the charts' code and builds them.
	for (const { section, steps } of scrollySections) {
		const figure = page.locator(`figure[data-chart="${section.chart}"]`);
		await expect(figure.locator('[data-island]')).toHaveAttribute('data-island', 'live', {
			timeout: 15_000
		});
		await expect(figure).toHaveAttribute('data-state', steps[0]!.id);
		await expect(figure.locator('[data-settled]')).toHaveCount(1);
		await expect(figure.locator('[data-settled]')).toHaveAttribute('data-settled', 'true');
	}
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	const { shift, unsettled } = await takeovers.read();
	expect(unsettled, 'a chart animated as it was built').toEqual([]);
	expect(shift, 'layout shift').toBe(0);
	// Built ahead, each chart still follows the reader.
	const first = scrollySections[0]!;
	await scrollToStep(page, first.steps[1]!.id);
	await expectActive(page, first.steps[1]!);
	const figure = page.locator(`figure[data-chart="${first.section.chart}"]`);
	await expect(figure).toHaveAttribute('data-state', first.steps[1]!.id);
	await expect(figure.locator('[data-settled]')).toHaveAttribute('data-settled', 'true');
	expect(watch.errors).toEqual([]);
});

test('the presenter loads each slide’s chart on demand and lands in its state', async ({
	page
}) => {
	const watch = watchPage(page);
	const step = content.steps.find((s) => s.id === 'mines-all') ?? content.steps.at(-1)!;
	await page.goto(`./present/#${step.id}`);
	// Prerendered, the presenter lists every slide; once it runs, it shows one. (On a busy
	// machine that can take a while: wait for it rather than trip over the list.)
	const figure = page.locator('figure[data-chart]');
	await expect(figure).toHaveCount(1, { timeout: 30_000 });
	await expect(figure).toHaveAttribute('data-state', step.id);
	await expect(figure.locator('[data-island]')).toHaveAttribute('data-island', 'live');
	await expect(figure.locator('[data-settled]').first()).toHaveAttribute('data-settled', 'true');
	expect(watch.errors).toEqual([]);
});

test.describe('the person dialog is an island too', () => {
	const dialogFile = personDialogChunk();
	const isDialog = (url: string) => new URL(url).pathname.endsWith(`/${dialogFile}`);

	test('a name in the story opens the card in place, its code loaded by that first click', async ({
		page
	}) => {
		const watch = watchPage(page);
		const requested: string[] = [];
		page.on('request', (r) => isDialog(r.url()) && requested.push(r.url()));
		await page.goto('./');
		await page.waitForLoadState('networkidle');
		expect(requested).toEqual([]);
		await expect(page.getByRole('dialog')).toHaveCount(0);

		const link = page.locator('main a.person-link').first();
		const hash = await link.evaluate((a) => (a as HTMLAnchorElement).hash);
		const name = (await page.locator(`${hash} h3`).textContent())!.trim();
		const before = page.url();
		await link.click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('heading')).toHaveText(name);
		expect(requested.length).toBe(1);
		expect(page.url()).toBe(before);
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog).toBeHidden();
		// Once loaded, the dialog answers every name itself.
		await link.click();
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		expect(requested.length).toBe(1);
		expect(watch.errors).toEqual([]);
	});

	test('if its code cannot load, a name leads to the card in Who’s who', async ({ page }) => {
		const watch = watchPage(page);
		await page.route('**/_app/immutable/**', (route) =>
			isDialog(route.request().url()) ? route.abort('internetdisconnected') : route.continue()
		);
		await page.goto('./');
		const link = page.locator('main a.person-link').first();
		const hash = await link.evaluate((a) => (a as HTMLAnchorElement).hash);
		await link.click();
		await expect(page).toHaveURL(new RegExp(`${hash}$`));
		await expect(page.locator(hash)).toBeInViewport();
		await expect(page.getByRole('dialog')).toHaveCount(0);
		expect(watch.errors.filter((e) => !/Failed to load resource|net::ERR/.test(e))).toEqual([]);
	});
});
