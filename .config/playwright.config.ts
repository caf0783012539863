import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from '../tests/e2e/support/browser';
import { TEST_PORT } from '../tests/e2e/support/preview-server';

/**
 * End-to-end tests run against the BUILT site (`npm run build`), served by `vite preview`, at a
 * phone size (390x844, touch) and a desktop size. The browser is a system Chromium when one is
 * found (see tests/e2e/support/browser.ts), else Playwright's own.
 *
 * The tests start and stop their own server, on a port of their own (PORT, default 4174: never
 * `npm start`'s 4173), in their global setup (tests/e2e/support/preview-server.ts). If the port is
 * taken they stop at once and say so; PW_REUSE_SERVER=1 tests whatever already answers there.
 */
const PORT = TEST_PORT;
const executablePath = chromiumExecutable();
const launchOptions = {
	...(executablePath ? { executablePath } : {}),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};

export default defineConfig({
	testDir: '../tests/e2e',
	globalSetup: [
		// The site's server first: a taken port fails the run before anything is built.
		fileURLToPath(new URL('../tests/e2e/support/preview-server.ts', import.meta.url)),
		// The offline copy is built once here, not by each worker (they raced).
		fileURLToPath(new URL('../tests/e2e/support/offline-build.ts', import.meta.url))
	],
	outputDir: '../test-results',
	fullyParallel: true,
	// Two at least: Playwright's default (half the cores) is one worker on a 2-core machine, which
	// doubled `npm test` there for no gain (each test has its own page; the server is static).
	workers: Math.max(2, Math.floor(os.cpus().length / 2)),
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}${process.env.BASE_PATH ?? ''}/`,
		browserName: 'chromium',
		launchOptions,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'phone',
			use: {
				viewport: { width: 390, height: 844 },
				deviceScaleFactor: 2,
				isMobile: true,
				hasTouch: true
			}
		},
		{
			name: 'desktop',
			use: { viewport: { width: 1440, height: 900 } }
		}
	]
});
