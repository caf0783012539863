/**
 * Byte budgets (issue 7), enforced on the built site: what the story and each embed page ship at
 * first load, gzipped like a CDN would send them. The numbers and why they are what they are:
 * tests/budgets.ts. Timing goals are reported by `npm run bench`, not tested here.
 */
import { expect, test } from '@playwright/test';
import { budgets, embedPages } from '../budgets';
import { formatKB, recordLoad, wireBytes, type LoadedResource } from './support/wire';

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

test('the story’s first load stays within the JavaScript and total budgets', async ({ page }) => {
	const { status, resources } = await recordLoad(page, './');
	expect(status).toBe(200);
	report('first load of /', resources);

	const js = wireBytes(resources, 'js');
	expect(
		js,
		`first-load JavaScript ${formatKB(js)} gzipped, budget ${formatKB(budgets.firstLoadJs)}`
	).toBeLessThanOrEqual(budgets.firstLoadJs);
	const total = wireBytes(resources);
	expect(
		total,
		`first load ${formatKB(total)} on the wire, budget ${formatKB(budgets.firstLoadTotal)}`
	).toBeLessThanOrEqual(budgets.firstLoadTotal);
	// The measure must have seen the page's own scripts, or it proves nothing.
	expect(resources.filter((r) => r.kind === 'js').length).toBeGreaterThan(0);
});

for (const path of embedPages) {
	test(`the embed page /${path} ships at most ${formatKB(budgets.embedJs)} of JavaScript`, async ({
		page
	}) => {
		const { status, resources } = await recordLoad(page, `./${path}`);
		test.skip(
			status === 404,
			`/${path} does not exist yet (HTTP 404): the embed pages are still being built, so their budget is not checked`
		);
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
