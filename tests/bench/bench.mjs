#!/usr/bin/env node
/**
 * `npm run bench`: builds the site (timed), serves build/ from a local gzip server like a CDN,
 * and measures what a reader on a cheap phone gets: bytes on the wire at first load, Lighthouse
 * (mobile preset, median of three runs), and scrolls through the whole story with the CPU
 * slowed 4x (three runs of each pattern). Prints one table and writes bench-results/latest.json (and a dated copy).
 *
 * It reports; it never fails because a number is bad (only when it cannot measure at all).
 *
 * Options: --no-build (measure the existing build/), --runs=N (Lighthouse runs, default 3),
 * --no-lighthouse, --no-scroll, --patterns=flick,slow,return (scroll patterns, default all three),
 * --scroll-runs=N (runs of each pattern, pooled; default 3: one run's frame p95 is at the mercy of
 * a busy moment of the machine),
 * --dir=<folder> (measure another built site, e.g. an older build kept for comparison; implies
 * --no-build), --growth (build the growth fixture, tests/fixtures/growth, ten times the content,
 * in a copy of the project, and measure that instead of the story). BASE_PATH is honoured like
 * the build does. --reduced-motion scrolls with prefers-reduced-motion emulated: every chart change
 * is instant, so the figures are the floor that the charts' motion adds to.
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
import { PATTERNS, scrollThrough, summarize } from './scroll-through.mjs';
import { serveBuild } from './server.mjs';
import { copyProject } from '../shared/project-copy.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = new Set(process.argv.slice(2));
const runsArg = [...args].find((a) => a.startsWith('--runs='));
const runs = runsArg ? Math.max(1, Number(runsArg.split('=')[1]) || 3) : 3;
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const option = (name) =>
	[...args].find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? null;
const patterns = (option('patterns') ?? PATTERNS.join(',')).split(',').filter(Boolean);
const growth = args.has('--growth');
const dirOption = option('dir');
const reducedMotion = args.has('--reduced-motion');
const scrollRuns = Math.max(1, Number(option('scroll-runs')) || 3);

/** Where the growth fixture's copy of the project is built (outside the repository). */
const GROWTH_COPY = path.join(os.tmpdir(), 'kg-explainer-growth-build');

/** A copy of the project whose content/ is the growth fixture (node_modules linked). */
async function growthCopy() {
	copyProject(GROWTH_COPY, { skip: ['content'] });
	await new Promise((ok, fail) => {
		const child = spawn(
			process.execPath,
			[path.join(root, 'tests/fixtures/growth/generate.mjs'), path.join(GROWTH_COPY, 'content')],
			{ stdio: ['ignore', 'ignore', 'inherit'] }
		);
		child.on('close', (code) =>
			code === 0 ? ok() : fail(new Error(`generate.mjs: exit ${code}`))
		);
	});
	return GROWTH_COPY;
}

/**
 * Runs `npm run build` in `cwd`, resolving to its wall-clock seconds; rejects with the log if it
 * fails.
 */
function build(cwd = root) {
	return new Promise((ok, fail) => {
		const started = performance.now();
		const child = spawn('npm', ['run', 'build'], { cwd, env: process.env });
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
	goals,
	site: growth ? 'growth fixture (tests/fixtures/growth)' : dirOption ? dirOption : 'story',
	reducedMotion
};

let siteRoot = root;
if (growth) {
	process.stderr.write('bench: writing the growth fixture and its copy of the project…\n');
	siteRoot = await growthCopy();
}
if (!args.has('--no-build') && !dirOption) {
	process.stderr.write('bench: building…');
	try {
		results.build = await build(siteRoot);
		process.stderr.write(` ${results.build.seconds.toFixed(1)} s\n`);
	} catch (err) {
		process.stderr.write(` failed\n${err.message}\n`);
		process.exit(1);
	}
}

const server = await serveBuild(
	dirOption ? path.resolve(dirOption) : path.join(siteRoot, 'build'),
	{
		base
	}
);
const executablePath = chromiumExecutable();
const browser = await chromium.launch({
	...(executablePath ? { executablePath } : {}),
	args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless'))
});
results.machine.chromium = `Chromium ${browser.version()}`;
try {
	results.firstLoad = await attempt('first load', () => firstLoad(browser, server.url));
	if (!args.has('--no-scroll')) {
		// Each pattern `scrollRuns` times, the patterns taking turns, so that a slow spell of the
		// machine does not fall on one pattern's runs only; the runs are then pooled.
		const done = Object.fromEntries(patterns.map((p) => [p, []]));
		const failed = {};
		for (let run = 1; run <= scrollRuns; run++) {
			for (const pattern of patterns) {
				if (failed[pattern]) continue;
				const result = await attempt(
					`scroll-through, ${pattern} (CPU 4x, run ${run} of ${scrollRuns})`,
					() => scrollThrough(browser, server.url, { pattern, reducedMotion })
				);
				if (result.error) failed[pattern] = result;
				else done[pattern].push(result);
			}
		}
		results.scroll = Object.fromEntries(patterns.map((p) => [p, failed[p] ?? summarize(done[p])]));
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
for (const [pattern, scroll] of Object.entries(results.scroll ?? {})) {
	if (!scroll?.longTasks?.worst?.length) continue;
	console.log(`Longest tasks while scrolling, ${pattern} (duration, scrollY, active step):`);
	for (const t of scroll.longTasks.worst)
		console.log(`  ${t.ms} ms at ${t.scrollY} px (${t.step ?? 'no step active'})`);
}
const outDir = path.join(root, 'bench-results');
await mkdir(outDir, { recursive: true });
const json = JSON.stringify(results, null, '\t');
const name = growth ? 'growth-' : '';
await writeFile(path.join(outDir, `${name}latest.json`), json);
await writeFile(path.join(outDir, `${name}${results.date.replace(/[:.]/g, '-')}.json`), json);
console.log(`Written: bench-results/${name}latest.json`);
