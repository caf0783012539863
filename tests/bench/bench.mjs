#!/usr/bin/env node
/**
 * `npm run bench`: builds the site (timed), serves build/ from a local gzip server like a CDN,
 * and measures what a reader on a cheap phone gets: bytes on the wire at first load, Lighthouse
 * (mobile preset, median of three runs), and a scroll through the whole story with the CPU
 * slowed 4x. Prints one table and writes bench-results/latest.json (and a dated copy).
 *
 * It reports; it never fails because a number is bad (only when it cannot measure at all).
 *
 * Options: --no-build (measure the existing build/), --runs=N (Lighthouse runs, default 3),
 * --no-lighthouse, --no-scroll. BASE_PATH is honoured like the build does.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { loadBudgets } from './budgets.mjs';
import { CHROME_FLAGS, chromiumExecutable } from './chromium.mjs';
import { firstLoad } from './first-load.mjs';
import { lighthouseMedian } from './lighthouse-runs.mjs';
import { formatTable } from './report.mjs';
import { scrollThrough } from './scroll-through.mjs';
import { serveBuild } from './server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = new Set(process.argv.slice(2));
const runsArg = [...args].find((a) => a.startsWith('--runs='));
const runs = runsArg ? Math.max(1, Number(runsArg.split('=')[1]) || 3) : 3;
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

/** Runs `npm run build`, resolving to its wall-clock seconds; rejects with the log if it fails. */
function build() {
	return new Promise((ok, fail) => {
		const started = performance.now();
		const child = spawn('npm', ['run', 'build'], { cwd: root, env: process.env });
		let log = '';
		child.stdout.on('data', (d) => (log += d));
		child.stderr.on('data', (d) => (log += d));
		child.on('close', (code) => {
			if (code === 0) ok({ seconds: (performance.now() - started) / 1000 });
			else fail(new Error(`npm run build failed (exit ${code}):\n${log.slice(-4000)}`));
		});
	});
}

/** Runs one measurement; a failure becomes `{ error }` in the report instead of ending the run. */
async function attempt(label, fn) {
	const started = performance.now();
	process.stderr.write(`bench: ${label}…`);
	try {
		const value = await fn();
		process.stderr.write(` ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
		return value;
	} catch (err) {
		process.stderr.write(` failed\n${err?.stack ?? err}\n`);
		return { error: String(err?.message ?? err).split('\n')[0] };
	}
}

const { budgets, goals } = await loadBudgets(path.join(root, 'tests/budgets.ts'));
const results = {
	date: new Date().toISOString(),
	machine: {
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model ?? 'unknown',
		memoryGB: Math.round(os.totalmem() / 1e9),
		node: process.version,
		chromium: 'unknown'
	},
	budgets,
	goals
};

if (!args.has('--no-build')) {
	process.stderr.write('bench: building…');
	try {
		results.build = await build();
		process.stderr.write(` ${results.build.seconds.toFixed(1)} s\n`);
	} catch (err) {
		process.stderr.write(` failed\n${err.message}\n`);
		process.exit(1);
	}
}

const server = await serveBuild(path.join(root, 'build'), { base });
const executablePath = chromiumExecutable();
const browser = await chromium.launch({
	...(executablePath ? { executablePath } : {}),
	args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless'))
});
results.machine.chromium = `Chromium ${browser.version()}`;
try {
	results.firstLoad = await attempt('first load', () => firstLoad(browser, server.url));
	if (!args.has('--no-scroll')) {
		results.scroll = await attempt('scroll-through (CPU 4x)', () =>
			scrollThrough(browser, server.url)
		);
	}
} finally {
	await browser.close();
}
if (!args.has('--no-lighthouse')) {
	const require = createRequire(import.meta.url);
	const version = require('lighthouse/package.json').version;
	results.lighthouse = await attempt(`Lighthouse ×${runs}`, async () => ({
		version,
		...(await lighthouseMedian(server.url, runs))
	}));
}
await server.close();

const table = formatTable(results, { budgets, goals });
console.log(table);
if (results.lighthouse?.failing?.length) {
	console.log('Lighthouse audits that cost points:');
	for (const line of results.lighthouse.failing) console.log(`  ${line}`);
}
if (results.scroll?.longTasks?.worst?.length) {
	console.log('Longest tasks while scrolling (duration, scrollY, active step):');
	for (const t of results.scroll.longTasks.worst)
		console.log(`  ${t.ms} ms at ${t.scrollY} px (${t.step ?? 'no step active'})`);
}
const outDir = path.join(root, 'bench-results');
await mkdir(outDir, { recursive: true });
const json = JSON.stringify(results, null, '\t');
await writeFile(path.join(outDir, 'latest.json'), json);
await writeFile(path.join(outDir, `${results.date.replace(/[:.]/g, '-')}.json`), json);
console.log(`Written: bench-results/latest.json`);
