/**
 * A scroll through the whole story on an emulated phone (390x844, touch) with the CPU slowed 4x
 * through the Chrome DevTools Protocol. The page is scrolled from top to bottom at a steady
 * reading-flick speed by `window.scrollTo` inside requestAnimationFrame, and the same frames time
 * themselves; PerformanceObservers collect long tasks and layout shifts (without recent input)
 * that happen while scrolling.
 */

/** Percentile (0-100) of a list of numbers, nearest-rank; null when empty. */
export function percentile(values, p) {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[rank];
}

/** Installed before any page script: buffers long tasks and layout shifts once `recording`. */
function observe() {
	const bench = { recording: false, longtasks: [], shifts: [] };
	Object.defineProperty(window, '__bench', { value: bench });
	new PerformanceObserver((list) => {
		if (!bench.recording) return;
		// Where the reader was when the task ran (read just after it), to find its cause.
		const step = document.querySelector('[aria-current="step"]')?.getAttribute('data-step');
		for (const e of list.getEntries())
			bench.longtasks.push({
				start: e.startTime,
				duration: e.duration,
				scrollY: window.scrollY,
				step: step ?? null
			});
	}).observe({ type: 'longtask', buffered: false });
	new PerformanceObserver((list) => {
		if (!bench.recording) return;
		for (const e of list.getEntries()) {
			if (!e.hadRecentInput) bench.shifts.push({ start: e.startTime, value: e.value });
		}
	}).observe({ type: 'layout-shift', buffered: false });
}

/** Runs in the page: scrolls to the bottom at `speed` px/s, timing every animation frame. */
function scrollDown(speed) {
	const bench = window.__bench;
	return new Promise((done) => {
		const bottom = document.documentElement.scrollHeight - window.innerHeight;
		const intervals = [];
		let start = 0;
		let last = 0;
		bench.recording = true;
		const frame = (t) => {
			if (!start) {
				start = t;
				last = t;
			} else {
				intervals.push(t - last);
				last = t;
			}
			const y = Math.min(bottom, ((t - start) / 1000) * speed);
			window.scrollTo(0, y);
			if (y < bottom) requestAnimationFrame(frame);
			else
				// Let the last step settle (scroll-end checks, transitions) before we stop recording.
				setTimeout(() => {
					bench.recording = false;
					done({ intervals, height: bottom, seconds: (last - start) / 1000 });
				}, 1000);
		};
		requestAnimationFrame(frame);
	});
}

/**
 * Scrolls the story at `url` in a fresh phone context of `browser` with the CPU slowed
 * `cpuSlowdown` times. Returns long-task, layout-shift and frame-interval figures (ms).
 */
export async function scrollThrough(browser, url, { cpuSlowdown = 4, speed = 1500 } = {}) {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true
	});
	const page = await context.newPage();
	await page.addInitScript(observe);
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
	// Warm-up frame under throttling, so the first measured interval is not the switch itself.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(undefined))));
	const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
	const runSpeed = Math.max(speed, pageHeight / 40); // keep the scroll under ~40 s
	const run = await page.evaluate(scrollDown, runSpeed);
	const { longtasks, shifts } = await page.evaluate(() => ({
		longtasks: window.__bench.longtasks,
		shifts: window.__bench.shifts
	}));
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await context.close();

	const durations = longtasks.map((t) => t.duration);
	return {
		cpuSlowdown,
		speed: Math.round(runSpeed),
		pageHeight,
		seconds: run.seconds,
		frames: run.intervals.length,
		longTasks: {
			count: longtasks.length,
			overBudget: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
			longest: durations.length ? Math.max(...durations) : 0,
			worst: [...longtasks]
				.sort((a, b) => b.duration - a.duration)
				.slice(0, 5)
				.map((t) => ({ ms: Math.round(t.duration), scrollY: Math.round(t.scrollY), step: t.step }))
		},
		layoutShift: shifts.reduce((sum, s) => sum + s.value, 0),
		frameInterval: {
			median: percentile(run.intervals, 50),
			p95: percentile(run.intervals, 95),
			worst: run.intervals.length ? Math.max(...run.intervals) : null
		}
	};
}
