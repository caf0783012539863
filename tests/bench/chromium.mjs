/**
 * The Chromium the benchmark and the Playwright tests drive (tests/e2e/support/browser.ts
 * re-exports this; it is plain JavaScript so the benchmark runs on Node 20 without a TypeScript
 * loader): $CHROMIUM_PATH or $CHROME_PATH, then the usual system paths.
 */
import { existsSync } from 'node:fs';

/**
 * Absolute path of a Chromium/Chrome binary, or undefined when none is found.
 * @returns {string | undefined}
 */
export function chromiumExecutable() {
	const candidates = [
		process.env.CHROMIUM_PATH,
		process.env.CHROME_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome-stable',
		'/usr/bin/google-chrome',
		'/Applications/Chromium.app/Contents/MacOS/Chromium',
		'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
	];
	return candidates.find(
		/** @returns {p is string} */ (p) => typeof p === 'string' && existsSync(p)
	);
}

/** Flags for every browser the benchmark starts (root in a container needs --no-sandbox). */
export const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
