import { existsSync } from 'node:fs';

/**
 * The Chromium to drive: $CHROMIUM_PATH (or $CHROME_PATH) if set, then the usual system paths
 * (Debian/Ubuntu, macOS). Undefined means "use Playwright's own browser" (after
 * `npx playwright install chromium` on a normal laptop).
 */
export function chromiumExecutable(): string | undefined {
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
	return candidates.find((p): p is string => Boolean(p) && existsSync(p as string));
}
