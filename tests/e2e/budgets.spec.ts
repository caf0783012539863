/**
 * Byte budgets (issues 7 and 10), enforced on the built site: what the story and each embed page
 * ship at first load, and each chart's island, gzipped like a CDN would send them. The numbers and why they are what they are:
 * tests/budgets.ts. Timing goals are reported by `npm run bench`, not tested here.
 */
import { expect, test } from '@playwright/test';
import { budgets, embedPages } from '../budgets';
import { chartChunks, islandRuntime } from './support/islands';
import { formatKB, gzipSize, recordLoad, wireBytes, type LoadedResource } from './support/wire';

/** Prints the measured sizes in the test report and on the console. */
function report(label: string, resources: LoadedResource[]) {
	const kinds = ['html', 'js', 'css', 'font', 'image', 'data', 'other'] as const;
	const parts = kinds
		.map((k) => [k, wireBytes(resources, k)] as const)
		.filter(([, bytes]) => bytes > 0)
		.map(([k, bytes]) => `${k} ${formatKB(bytes)}`);
	const line = `${label}: ${parts.join(', ')}; total ${formatKB(wireBytes(resources))} in ${resources.length} responses`;
	test.info().annotations.push({ type: 'bytes', description: line });
	console.log(`[${test.info().project.name}] ${line}`);
}

/** Whether a response is one of the files of a chart's island (see support/islands.ts). */
function islandFile(url: string, islands: string[]): boolean {
	const { pathname } = new URL(url);
	return islands.some((file) => pathname.endsWith(`/${file}`));
}

test('the story’s first load stays within the JavaScript and total budgets', async ({ page }) => {
	const { status, resources } = await recordLoad(page, './');
	expect(status).toBe(200);
	// Islands fetched while the page loads (when idle, or the first chart being near) have their
	// own budgets below: the page's own JavaScript is measured without them.
	const islands = [...Object.values(chartChunks()).flat(), ...islandRuntime()];
	const own = resources.filter((r) => !islandFile(r.url, islands));
	report('first load of /, without the charts’ islands', own);
	report('first load of /, with the islands fetched until the network is idle', resources);

	const js = wireBytes(own, 'js');
	expect(
		js,
		`first-load JavaScript ${formatKB(js)} gzipped, budget ${formatKB(budgets.firstLoadJs)}`
	).toBeLessThanOrEqual(budgets.firstLoadJs);
	// The total counts everything, islands included.
	const total = wireBytes(resources);
	expect(
		total,
		`first load ${formatKB(total)} on the wire, budget ${formatKB(budgets.firstLoadTotal)}`
	).toBeLessThanOrEqual(budgets.firstLoadTotal);
	// The measure must have seen the page's own scripts, or it proves nothing.
	expect(resources.filter((r) => r.kind === 'js').length).toBeGreaterThan(0);
});

test('each chart’s island (its chunk and the modules only charts use) stays within its budget', async ({
	request
}) => {
	const lines: string[] = [];
	for (const [chart, files] of Object.entries(chartChunks())) {
		expect(files.length, `${chart} has a chunk of its own`).toBeGreaterThan(0);
		let bytes = 0;
		for (const file of files) {
			const response = await request.get(`./${file}`);
			expect(response.status(), file).toBe(200);
			bytes += gzipSize(await response.body());
		}
		lines.push(`${chart} ${formatKB(bytes)} in ${files.length} files`);
		expect(
			bytes,
			`the ${chart} island: ${formatKB(bytes)} gzipped, budget ${formatKB(budgets.chartJs)}`
		).toBeLessThanOrEqual(budgets.chartJs);
	}
	const line = `chart islands: ${lines.join('; ')}`;
	test.info().annotations.push({ type: 'bytes', description: line });
	console.log(`[${test.info().project.name}] ${line}`);
});

test('the runtime the charts’ islands share stays within its budget, and is not on the first screen', async ({
	request
}) => {
	const files = islandRuntime();
	expect(files.length, 'the islands share a runtime').toBeGreaterThan(0);
	let bytes = 0;
	for (const file of files) {
		const response = await request.get(`./${file}`);
		expect(response.status(), file).toBe(200);
		bytes += gzipSize(await response.body());
	}
	const line = `islands' shared runtime: ${formatKB(bytes)} in ${files.length} files`;
	test.info().annotations.push({ type: 'bytes', description: line });
	console.log(`[${test.info().project.name}] ${line}`);
	expect(
		bytes,
		`the islands' runtime: ${formatKB(bytes)} gzipped, budget ${formatKB(budgets.islandRuntimeJs)}`
	).toBeLessThanOrEqual(budgets.islandRuntimeJs);
});

for (const path of embedPages) {
	test(`the embed page /${path} ships at most ${formatKB(budgets.embedJs)} of JavaScript`, async ({
		page
	}) => {
		const { status, resources } = await recordLoad(page, `./${path}`);
		expect(status).toBe(200);
		report(`/${path}`, resources);
		const js = wireBytes(resources, 'js');
		expect(
			js,
			`/${path} JavaScript ${formatKB(js)} gzipped, budget ${formatKB(budgets.embedJs)}`
		).toBeLessThanOrEqual(budgets.embedJs);
		expect(resources.filter((r) => r.kind === 'js').length).toBeGreaterThan(0);
	});
}
