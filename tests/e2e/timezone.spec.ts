/**
 * The story's times are Kyrgyzstan time (UTC+6) on every reader's machine. The charts format and
 * tick their dates with d3's UTC functions on dates that hold Kyrgyzstan wall-clock time
 * (charts/shared/time.ts); a local-time function anywhere would shift the hours and days in a
 * browser set to another zone. This reads every hour and day name the charts draw, at every
 * timeline step, in browsers set to Los Angeles (UTC-7 in October) and Kiritimati (UTC+14, the
 * other side of the date line), and expects exactly what a browser in Bishkek shows.
 */
import { expect, test, type Browser } from '@playwright/test';
import { expectActive, scrollySections, scrollToStep } from './support/story';

const timeline = scrollySections.find((s) => s.section.chart === 'timeline');
const casualties = scrollySections.find((s) => s.section.chart === 'casualties');

/** Every tick label and day name of the charts, per timeline step, as drawn in `timezoneId`. */
async function readTimes(
	browser: Browser,
	options: { baseURL: string; viewport: { width: number; height: number } | null },
	timezoneId: string
) {
	const context = await browser.newContext({ ...options, timezoneId });
	const page = await context.newPage();
	await page.goto('./');
	const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
	expect(zone).toBe(timezoneId);
	const seen: Record<string, string[]> = {};
	for (const step of timeline?.steps ?? []) {
		await scrollToStep(page, step.id);
		await expectActive(page, step);
		const figure = page.locator('figure[data-chart="timeline"]');
		await expect(figure.locator('[data-settled]').first()).toHaveAttribute('data-settled', 'true');
		seen[step.id] = await figure
			.locator('.tick-label, .day-label')
			.evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? ''));
	}
	const strip = casualties?.steps.at(-1);
	if (strip) {
		await scrollToStep(page, strip.id);
		await expectActive(page, strip);
		seen.casualties = await page
			.locator('figure[data-chart="casualties"] .strip text')
			.evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? ''));
	}
	await context.close();
	return seen;
}

test('hours and days read the same in any time zone as in Bishkek', async ({
	browser,
	baseURL,
	viewport
}) => {
	test.setTimeout(180_000);
	expect(timeline?.steps.length).toBeGreaterThan(0);
	const options = { baseURL: baseURL!, viewport };
	const bishkek = await readTimes(browser, options, 'Asia/Bishkek');
	// What Bishkek shows is the story's own time: days Sunday 4 to Tuesday 6 October, hours on
	// the clock of those days.
	const all = Object.values(bishkek).flat();
	expect(all.some((t) => /^(Sun 4|Mon 5|Tue 6)( Oct)?$/.test(t))).toBe(true);
	expect(all.every((t) => !/Sat|Wed|Thu|Fri/.test(t))).toBe(true);
	for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
		expect(await readTimes(browser, options, zone), zone).toEqual(bishkek);
	}
});
