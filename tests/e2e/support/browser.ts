/**
 * The Chromium to drive: $CHROMIUM_PATH (or $CHROME_PATH) if set, then the usual system paths
 * (Debian/Ubuntu, macOS). Undefined means "use Playwright's own browser" (after
 * `npx playwright install chromium` on a normal laptop). One search for the tests and the
 * benchmark: it lives in tests/bench/chromium.mjs, plain JavaScript so the benchmark runs on
 * Node 20 without a TypeScript loader.
 */
export { chromiumExecutable } from '../../bench/chromium.mjs';
