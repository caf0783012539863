/**
 * Lighthouse 12, mobile preset (its default config: Moto G Power-sized screen, simulated slow 4G
 * and 4x CPU slowdown), run several times against one headless Chromium; the report keeps the
 * median of each figure.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME_FLAGS, chromiumExecutable } from './chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = {
	lcp: 'largest-contentful-paint',
	fcp: 'first-contentful-paint',
	tbt: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
	speedIndex: 'speed-index'
};

/** Median of a list of numbers (mean of the middle two for an even count); null when empty. */
export function median(values) {
	const sorted = values
		.filter((v) => typeof v === 'number' && !Number.isNaN(v))
		.sort((a, b) => a - b);
	if (!sorted.length) return null;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The figures we report from one Lighthouse result (scores 0-100, times in ms). */
function figures(lhr) {
	const scores = Object.fromEntries(
		CATEGORIES.map((c) => [
			c,
			lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)
		])
	);
	const metrics = Object.fromEntries(
		Object.entries(METRICS).map(([key, id]) => [key, lhr.audits[id]?.numericValue ?? null])
	);
	// Audits that cost points, so a score under 100 says why.
	const failing = Object.values(lhr.audits)
		.filter(
			(a) =>
				a.score !== null &&
				a.score < 1 &&
				!['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode)
		)
		.map((a) => ({ id: a.id, value: a.displayValue ?? String(a.score) }));
	return { scores, metrics, failing };
}

/** Each audit that cost points in any run: `id (values seen; k of n runs)`. */
function summariseFailing(results) {
	const byId = new Map();
	for (const r of results)
		for (const f of r.failing) byId.set(f.id, [...(byId.get(f.id) ?? []), f.value]);
	return [...byId].map(
		([id, values]) =>
			`${id} (${[...new Set(values)].join(' / ')}; ${values.length} of ${results.length} runs)`
	);
}

/**
 * Runs Lighthouse `runs` times on `url` and returns each run's figures and the medians.
 * Never throws on a bad score; throws only if Chromium or Lighthouse cannot run at all.
 */
export async function lighthouseMedian(url, runs = 3) {
	const chromePath = chromiumExecutable();
	const chrome = await chromeLauncher.launch({
		...(chromePath ? { chromePath } : {}),
		chromeFlags: CHROME_FLAGS
	});
	const results = [];
	try {
		for (let i = 0; i < runs; i++) {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: CATEGORIES
			});
			if (!result) throw new Error('Lighthouse returned no result');
			if (result.lhr.runtimeError) throw new Error(result.lhr.runtimeError.message);
			results.push(figures(result.lhr));
		}
	} finally {
		await chrome.kill();
	}
	const pick = (group, key) => median(results.map((r) => r[group][key]));
	return {
		runs: results,
		scores: Object.fromEntries(CATEGORIES.map((c) => [c, pick('scores', c)])),
		metrics: Object.fromEntries(Object.keys(METRICS).map((m) => [m, pick('metrics', m)])),
		failing: summariseFailing(results)
	};
}
