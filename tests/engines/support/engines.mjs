/**
 * One small interface over the two engines the Chromium suite does not cover, so every check is
 * written once:
 *
 * - Firefox (ESR), driven by puppeteer-core over WebDriver BiDi. Media features cannot be
 *   emulated over BiDi, so reduced motion and dark mode are Firefox preferences set at launch.
 * - WebKit (WebKitGTK's MiniBrowser), driven by webdriverio over classic WebDriver through
 *   WebKitWebDriver, on an Xvfb screen of exactly the viewport (MiniBrowser `--full-screen`; a
 *   normal window goes no narrower than 447 px). Dark mode is MiniBrowser's `--dark-mode`;
 *   reduced motion is GTK's `gtk-enable-animations=0`, which WebKitGTK reports as
 *   `prefers-reduced-motion: reduce`. Classic WebDriver has no console and no error events: an
 *   error listener is injected after each load.
 *
 * Where an engine is missing, `missing(engine)` names what to install.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { HELPERS } from './in-page.mjs';

/** @typedef {'firefox' | 'webkit'} Engine */
/** @typedef {{ width: number, height: number }} Size */
/** @typedef {{ reducedMotion?: boolean, dark?: boolean }} Settings */

/**
 * A page in one engine, as the checks use it.
 * @typedef {object} EnginePage
 * @property {Engine} engine
 * @property {(url: string) => Promise<void>} goto Navigates and waits for the load event.
 * @property {() => Promise<void>} reload
 * @property {() => Promise<void>} install Installs the in-page helpers in the current document
 *   (goto and reload do it).
 * @property {<T>(fn: (...args: any[]) => T | Promise<T>, ...args: any[]) => Promise<T>} evaluate
 *   Runs `fn` in the page (it must not close over anything) and returns its result.
 * @property {(key: string) => Promise<void>} press Presses a key on the focused element
 *   ('ArrowRight', 'Tab', 'End', …).
 * @property {(file: string) => Promise<void>} screenshot Saves the viewport as a PNG.
 * @property {() => Promise<string>} url The address bar.
 * @property {() => Promise<string[]>} errors Uncaught errors (both engines) and console errors
 *   (Firefox only) since the last call.
 * @property {() => Promise<void>} close
 */

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER =
	process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/Xvfb';

/**
 * What is missing to run `engine` here, as an install hint, or null when it can run.
 * @param {Engine} engine
 * @returns {string | null}
 */
export function missing(engine) {
	if (engine === 'firefox') {
		return existsSync(FIREFOX)
			? null
			: `Firefox not found at ${FIREFOX}: install it (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH`;
	}
	const lacking = [];
	if (!existsSync(WEBKIT_DRIVER) || !existsSync(MINIBROWSER)) lacking.push('webkit2gtk-driver');
	if (!existsSync(XVFB)) lacking.push('xvfb');
	return lacking.length
		? `WebKit needs WebKitWebDriver, MiniBrowser and Xvfb: install them (Debian/Ubuntu: sudo apt-get install ${lacking.join(' ')})`
		: null;
}

/**
 * Opens `engine` at `size` with `settings`. One browser per call: the checks reuse it.
 * @param {Engine} engine
 * @param {Size} size
 * @param {Settings} [settings]
 * @returns {Promise<EnginePage>}
 */
export function open(engine, size, settings = {}) {
	return engine === 'firefox' ? openFirefox(size, settings) : openWebKit(size, settings);
}

/** Installed in the page after each load: records uncaught errors where the driver cannot. */
const ERROR_LISTENER = `if (!window.__engineErrors) {
	window.__engineErrors = [];
	window.addEventListener('error', (e) => window.__engineErrors.push('uncaught: ' + (e.error && e.error.stack || e.message)));
	window.addEventListener('unhandledrejection', (e) => window.__engineErrors.push('unhandled rejection: ' + (e.reason && e.reason.stack || e.reason)));
}`;

/**
 * @param {Size} size
 * @param {Settings} settings
 * @returns {Promise<EnginePage>}
 */
async function openFirefox(size, settings) {
	const { default: puppeteer } = await import('puppeteer-core');
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		// Every in-page call of these checks waits at most ~10 s on its own; a call with no answer
		// in a minute was lost by the driver (seen once in CI: a BiDi script.callFunction in the
		// presenter that never returned, with puppeteer's 180 s default).
		protocolTimeout: 60_000,
		extraPrefsFirefox: {
			// Headless Firefox draws a 12 px classic scrollbar; phones and most laptops overlay it.
			'ui.useOverlayScrollbars': 1,
			'ui.prefersReducedMotion': settings.reducedMotion ? 1 : 0,
			// 0 dark, 1 light.
			'layout.css.prefers-color-scheme.content-override': settings.dark ? 0 : 1
		}
	});
	const page = await browser.newPage();
	await page.setViewport({ width: size.width, height: size.height });
	/** @type {string[]} */
	const errors = [];
	page.on('pageerror', (err) => errors.push(`uncaught: ${err}`));
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(`console.error: ${msg.text()}`);
	});
	// Firefox reports a module import that a navigation cuts short as an uncaught error of the
	// page (seen on a loaded machine, where the previous page was still fetching its lazy chunks):
	// let the current page finish loading before navigating away, as a reader's page would have.
	const quiet = () =>
		page.waitForNetworkIdle({ idleTime: 200, timeout: 10_000 }).catch(() => undefined);
	return {
		engine: 'firefox',
		goto: async (url) => {
			await quiet();
			await page.goto(url, { waitUntil: 'load' });
			await page.evaluate(HELPERS);
		},
		install: async () => {
			await page.evaluate(HELPERS);
		},
		reload: async () => {
			await quiet();
			await page.reload({ waitUntil: 'load' });
			await page.evaluate(HELPERS);
		},
		evaluate: async (fn, ...args) => {
			try {
				return /** @type {any} */ (await page.evaluate(fn, ...args));
			} catch (error) {
				// A call the driver lost (no answer at all) is asked once more; the page's own answer,
				// and any other error, stands.
				if (!/timed out/.test(String(error))) throw error;
				return /** @type {any} */ (await page.evaluate(fn, ...args));
			}
		},
		press: (key) => page.keyboard.press(/** @type {any} */ (key)),
		screenshot: async (file) => {
			mkdirSync(path.dirname(file), { recursive: true });
			await page.screenshot({ path: /** @type {`${string}.png`} */ (file) });
		},
		url: async () => page.url(),
		errors: async () => errors.splice(0),
		close: () => browser.close()
	};
}

/**
 * A free TCP port on 127.0.0.1.
 * @returns {Promise<number>}
 */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/**
 * Rejects after `ms` unless `promise` settles first.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function within(promise, ms, what) {
	/** @type {ReturnType<typeof setTimeout> | undefined} */
	let timer;
	return Promise.race([
		promise,
		new Promise((_, reject) => {
			timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms);
		})
	]).finally(() => clearTimeout(timer));
}

/**
 * Starts Xvfb on a free display with a screen of exactly `size`.
 * @param {Size} size
 */
async function startXvfb(size) {
	const xvfb = spawn(
		XVFB,
		['-displayfd', '3', '-screen', '0', `${size.width}x${size.height}x24`, '-nolisten', 'tcp'],
		{ stdio: ['ignore', 'ignore', 'pipe', 'pipe'] }
	);
	const display = await within(
		new Promise((resolve, reject) => {
			let text = '';
			xvfb.stdio[3]?.on('data', (chunk) => {
				text += chunk;
				if (text.includes('\n')) resolve(`:${text.trim()}`);
			});
			xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
		}),
		10_000,
		'Starting Xvfb'
	);
	return { display: /** @type {string} */ (display), process: xvfb };
}

/**
 * Waits until `url` answers (any status).
 * @param {string} url
 * @param {number} ms
 */
async function waitForHttp(url, ms) {
	const end = Date.now() + ms;
	while (Date.now() < end) {
		try {
			await fetch(url);
			return;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error(`${url} did not answer within ${ms / 1000} s`);
}

/**
 * @param {Size} size
 * @param {Settings} settings
 * @returns {Promise<EnginePage>}
 */
async function openWebKit(size, settings) {
	const { remote } = await import('webdriverio');
	const xvfb = await startXvfb(size);
	// GTK settings of this browser only: no animations is what WebKitGTK reports as
	// prefers-reduced-motion: reduce.
	const config = mkdtempSync(path.join(os.tmpdir(), 'engines-gtk-'));
	mkdirSync(path.join(config, 'gtk-3.0'));
	writeFileSync(
		path.join(config, 'gtk-3.0', 'settings.ini'),
		`[Settings]\ngtk-enable-animations=${settings.reducedMotion ? 0 : 1}\n`
	);
	const port = await freePort();
	const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
		stdio: 'ignore',
		env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config, GDK_BACKEND: 'x11' }
	});
	const stop = () => {
		driver.kill();
		xvfb.process.kill();
		rmSync(config, { recursive: true, force: true });
	};
	/** @type {WebdriverIO.Browser} */
	let browser;
	try {
		await waitForHttp(`http://127.0.0.1:${port}/status`, 10_000);
		browser = await within(
			remote({
				hostname: '127.0.0.1',
				port,
				logLevel: 'error',
				connectionRetryCount: 0,
				capabilities: /** @type {any} */ ({
					browserName: 'MiniBrowser',
					'wdio:enforceWebDriverClassic': true,
					'webkitgtk:browserOptions': {
						binary: MINIBROWSER,
						args: ['--automation', '--full-screen', ...(settings.dark ? ['--dark-mode'] : [])]
					}
				})
			}),
			30_000,
			'Opening a WebKit session'
		);
		// Helpers wait in the page (for a transition, a slow scroll on a loaded machine): allow it.
		await browser.setTimeout({ script: 120_000 });
		// Full screen without a window manager keeps MiniBrowser's default 1024x768 window: size it
		// to the screen, which full screen (no toolbar) allows down to a phone's 390 px.
		await browser.setWindowRect(0, 0, size.width, size.height);
		const inner = await browser.execute(() => [window.innerWidth, window.innerHeight]);
		if (inner[0] !== size.width || inner[1] !== size.height)
			throw new Error(`WebKit viewport is ${inner.join('x')}, not ${size.width}x${size.height}`);
	} catch (error) {
		stop();
		throw error;
	}
	/** @type {string[]} */
	const collected = [];
	const listen = () => browser.execute(`${ERROR_LISTENER}\n${HELPERS}`);
	const drain = async () => {
		const found = /** @type {string[]} */ (
			await browser.execute(() => {
				const w = /** @type {any} */ (window);
				return w.__engineErrors ? w.__engineErrors.splice(0) : [];
			})
		);
		collected.push(...found);
	};
	return {
		engine: 'webkit',
		goto: async (url) => {
			await browser.url(url);
			await listen();
		},
		install: async () => {
			await listen();
		},
		reload: async () => {
			await drain();
			await browser.refresh();
			await listen();
		},
		evaluate: async (fn, ...args) => {
			// Classic WebDriver runs a function body; promises are awaited by executeAsync.
			const source = `const done = arguments[arguments.length - 1];
				Promise.resolve((${fn.toString()}).apply(null, ${JSON.stringify(args)}))
					.then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String(e && e.stack || e) }));`;
			const result = /** @type {{ ok?: any, error?: string }} */ (
				await browser.executeAsync(source)
			);
			if (result.error) throw new Error(result.error);
			return result.ok;
		},
		press: async (key) => {
			const keys = /** @type {Record<string, string>} */ ({
				ArrowRight: '\uE014',
				ArrowLeft: '\uE012',
				ArrowDown: '\uE015',
				ArrowUp: '\uE013',
				PageDown: '\uE00F',
				PageUp: '\uE00E',
				Home: '\uE011',
				End: '\uE010',
				Tab: '\uE004',
				Space: ' '
			});
			await browser.keys(keys[key] ?? key);
		},
		screenshot: async (file) => {
			mkdirSync(path.dirname(file), { recursive: true });
			await browser.saveScreenshot(file);
		},
		url: () => browser.getUrl(),
		errors: async () => {
			await drain();
			return collected.splice(0);
		},
		close: async () => {
			try {
				await within(browser.deleteSession(), 10_000, 'Closing the WebKit session');
			} finally {
				stop();
			}
		}
	};
}
