import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from '../tests/e2e/support/browser';

/**
 * End-to-end tests run against the BUILT site (`npm run build`), served by `vite preview`, at a
 * phone size (390x844, touch) and a desktop size. The browser is a system Chromium when one is
 * found (see tests/e2e/support/browser.ts), else Playwright's own.
 */
const PORT = Number(process.env.PORT ?? 4173);
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
	// The offline copy is built once here, not by each worker (they raced).
	globalSetup: fileURLToPath(new URL('../tests/e2e/support/offline-build.ts', import.meta.url)),
	outputDir: '../test-results',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
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
	],
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${PORT}${process.env.BASE_PATH ?? ''}/`,
		cwd: fileURLToPath(new URL('..', import.meta.url)),
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
