/**
 * Before the engine tests (`npm run test:engines`): the site must be built (`npm run build`), and
 * the offline file is built here when it is missing or older than the sources, once, before the
 * two engines start in parallel (building it from both would race, as it did in Playwright's
 * workers; see tests/e2e/support/offline-build.ts, which does the same for the Chromium run).
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const offlineFile = path.join(root, 'build-offline', 'index.html');
const sources = ['src', 'content', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];

if (!fs.existsSync(path.join(root, 'build', 'index.html'))) {
	console.error('The engine tests run against the built site: run `npm run build` first.');
	process.exit(1);
}

/** The newest modification time (ms) of any file under `p`. */
function newest(/** @type {string} */ p) {
	if (!fs.existsSync(p)) return 0;
	const stat = fs.statSync(p);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let max = 0;
	for (const entry of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, entry)));
	return max;
}

const stale =
	!fs.existsSync(offlineFile) ||
	fs.statSync(offlineFile).mtimeMs < Math.max(...sources.map((s) => newest(path.join(root, s))));
if (stale) {
	console.log('Building the offline file (npm run build:offline)…');
	execSync('npm run build:offline', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
