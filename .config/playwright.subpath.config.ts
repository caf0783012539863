import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

/**
 * The site as a newsroom deploys it: built with BASE_PATH (a sub-path) and SITE_URL, in a copy of
 * the project (the main build/ is untouched), served under that path by a plain static server
 * (tests/e2e/support/site-build.ts). Runs the main story tests, the newsroom tests and the hosting
 * (cache headers) tests against it.
 * `npm run test:subpath`. Override with SUBPATH_BASE / SUBPATH_SITE_URL (empty = unset) and
 * SUBPATH_PORT.
 */
const base = process.env.SUBPATH_BASE ?? '/graphics/kyrgyzstan-2020';
const siteUrl = process.env.SUBPATH_SITE_URL ?? 'https://example.org';
const port = Number(process.env.SUBPATH_PORT ?? 4175);

// Read by the setup (to build and serve) and by the tests (to know what to expect).
process.env.BASE_PATH = base;
process.env.SITE_URL = siteUrl;
process.env.KG_SITE_PORT = String(port);
process.env.KG_SITE_DIR = path.join(os.tmpdir(), 'kg-explainer-site-build', 'build');

export default defineConfig({
	...baseConfig,
	testMatch: ['page.spec.ts', 'scrolly.spec.ts', 'newsroom.spec.ts', 'hosting.spec.ts'],
	// Paths do not depend on the viewport: one project (phones first) keeps `npm test` short; the
	// main run covers both sizes.
	projects: baseConfig.projects?.filter((p) => p.name === 'phone'),
	outputDir: fileURLToPath(new URL('../test-results/subpath', import.meta.url)),
	globalSetup: fileURLToPath(new URL('../tests/e2e/support/site-build.ts', import.meta.url)),
	webServer: undefined,
	use: {
		...baseConfig.use,
		baseURL: `http://127.0.0.1:${port}${base}/`
	}
});
