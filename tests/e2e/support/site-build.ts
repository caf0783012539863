/**
 * Global setup for .config/playwright.subpath.config.ts: builds the site as a newsroom would deploy
 * it (under BASE_PATH, with SITE_URL) in a copy of the project, so the main `build/` is left alone,
 * then serves that build under its base path with a plain static server (index.html per folder,
 * 404.html for anything else), the way a static host or CDN does.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertPortFree } from './port';
import { copyProject, REPO } from '../../shared/project-copy.mjs';
import { startStaticServer } from '../../shared/static-server.mjs';

/** Where the copy is built (outside the repository). */
export const SITE_COPY = path.join(os.tmpdir(), 'kg-explainer-site-build');

/** Builds the copy with the given environment and returns the folder of the built site. */
export function buildCopy(env: { BASE_PATH: string; SITE_URL: string }): string {
	copyProject(SITE_COPY);
	execFileSync(path.join(REPO, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
		cwd: SITE_COPY,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	return path.join(SITE_COPY, 'build');
}

export default async function globalSetup() {
	const base = process.env.BASE_PATH ?? '';
	const siteUrl = process.env.SITE_URL ?? '';
	const port = Number(process.env.KG_SITE_PORT);
	// Fail before the minute-long build, not after it, when the port is taken.
	await assertPortFree(port, 'the sub-path build’s static server', 'SUBPATH_PORT');
	const started = Date.now();
	// SUBPATH_REUSE_BUILD=1 serves the last copy again without building (for working on tests).
	const reuse =
		process.env.SUBPATH_REUSE_BUILD === '1' && existsSync(path.join(SITE_COPY, 'build'));
	const dir = reuse
		? path.join(SITE_COPY, 'build')
		: buildCopy({ BASE_PATH: base, SITE_URL: siteUrl });
	console.log(
		`Built the site with BASE_PATH=${base || '(none)'} SITE_URL=${siteUrl || '(none)'} in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
	const server = await startStaticServer({ root: dir, base, port });
	console.log(`Serving it as a static host would at ${server.url}`);
	return async () => {
		await server.close();
	};
}
