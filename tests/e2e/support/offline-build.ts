/**
 * Playwright global setup for the main run: builds the single-file offline copy
 * (`npm run build:offline` → build-offline/index.html) once, before any worker starts, unless it
 * is newer than every source. Building it from a test's `beforeAll` raced when two workers each
 * ran that hook and wrote `.svelte-kit/offline/` at the same time.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const offlineFile = path.join(root, 'build-offline', 'index.html');
const sources = ['src', 'content', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];

/** The newest modification time (ms) of any file under the given project paths. */
function newestSource(paths: string[]): number {
	let newest = 0;
	const visit = (p: string) => {
		if (!fs.existsSync(p)) return;
		const stat = fs.statSync(p);
		if (stat.isDirectory()) {
			for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
		} else {
			newest = Math.max(newest, stat.mtimeMs);
		}
	};
	for (const p of paths) visit(path.join(root, p));
	return newest;
}

export default function buildOffline() {
	if (fs.existsSync(offlineFile) && fs.statSync(offlineFile).mtimeMs >= newestSource(sources))
		return;
	execSync('npm run build:offline', { cwd: root, stdio: 'pipe', timeout: 280_000 });
}
