/**
 * A working copy of the project outside the repository, for tests that must build or serve it
 * in a way that would disturb the real one: the sub-path build, the dev server whose content a
 * test breaks, the benchmark's ten-times-larger story. Sources, content, static files and
 * configs are copied; node_modules is linked, not copied.
 */
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What a copy needs to build or run `vite dev`. */
const ENTRIES = [
	'src',
	'content',
	'static',
	'package.json',
	'svelte.config.js',
	'vite.config.ts',
	'tsconfig.json'
];

/**
 * Makes `dir` a fresh copy of the project (anything there before is removed) and returns it.
 * @param {string} dir
 * @param {{ skip?: string[] }} [options] entries not to copy (e.g. `content`, to generate it instead)
 * @returns {string}
 */
export function copyProject(dir, { skip = [] } = {}) {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const entry of ENTRIES.filter((e) => !skip.includes(e))) {
		const from = path.join(REPO, entry);
		if (existsSync(from)) cpSync(from, path.join(dir, entry), { recursive: true });
	}
	symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
	return dir;
}
