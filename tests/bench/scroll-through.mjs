/**
 * A scroll through the whole story on an emulated phone (390x844, touch) with the CPU slowed 4x
 * through the Chrome DevTools Protocol, in one of three patterns, each in a fresh page (so the
 * charts' islands load and mount during the scroll, as for a reader):
 *
 * - `flick`: the browser itself scrolls the way a reader flicks through, one screen at a time at
 *   1500 px/s with a short pause between flicks (Input.synthesizeScrollGesture; synthetic touch
 *   gestures do not scroll headless Chromium, so the gesture is a wheel-like one);
 * - `slow`: a slow read, 100 px every 50 ms from top to bottom (mouse-wheel events);
 * - `return`: a fast return, from the bottom (reached at once, then left to settle) to the top,
 *   300 px every 50 ms.
 *
 * Meanwhile a requestAnimationFrame loop times every frame and PerformanceObservers collect long
 * tasks and layout shifts (without recent input).
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
	const bench = { recording: false, longtasks: [], shifts: [], intervals: [], slow: [] };
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

/** Runs in the page: starts recording and timing every animation frame until `stop()`. */
function startRecording() {
	const bench = window.__bench;
	bench.recording = true;
	bench.intervals = [];
	bench.slow = [];
	let last = 0;
	const frame = (t) => {
		if (!bench.recording) return;
		if (last) bench.intervals.push(t - last);
		// A frame over 20 ms: note the step being read, to find what made it slow.
		if (last && t - last > 20) {
			const step = document.querySelector('[aria-current="step"]')?.getAttribute('data-step');
			bench.slow.push(step ?? '(between steps)');
		}
		last = t;
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

/** Mouse-wheel steps of `delta` px every `everyMs` until `done()` says the end is reached. */
async function wheelSteps(page, cdp, { delta, everyMs, x, y, done }) {
	for (let i = 0; i < 5000; i++) {
		const started = Date.now();
		await cdp.send('Input.dispatchMouseEvent', {
			type: 'mouseWheel',
			x,
			y,
			deltaX: 0,
			deltaY: delta
		});
		if (await page.evaluate(done)) return;
		const wait = everyMs - (Date.now() - started);
		if (wait > 0) await new Promise((r) => setTimeout(r, wait));
	}
}

export const PATTERNS = ['flick', 'slow', 'return'];

/**
 * Scrolls the story at `url` in a fresh phone context of `browser` with the CPU slowed
 * `cpuSlowdown` times, in `pattern` (see above). Returns what it recorded (`raw`: long tasks,
 * layout shifts, frame intervals in ms, and the step of each frame over 20 ms), for `summarize`.
 */
export async function scrollThrough(
	browser,
	url,
	{ cpuSlowdown = 4, speed = 1500, pattern = 'flick', reducedMotion = false } = {}
) {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		// The floor: the same scroll with every chart change instant (what motion costs is the rest).
		reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
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
	const { pageHeight, screen } = await page.evaluate(() => ({
		pageHeight: document.documentElement.scrollHeight,
		screen: window.innerHeight
	}));
	const flick = Math.round(screen * 0.85);
	const flicks = Math.ceil((pageHeight - screen) / flick);
	if (pattern === 'return') {
		// Start at the bottom, as a reader who has finished; let that position settle first.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		await page.waitForTimeout(1500);
	}
	const started = Date.now();
	await page.evaluate(startRecording);
	const at = { x: 195, y: Math.round(screen * 0.6) };
	if (pattern === 'flick') {
		await cdp.send('Input.synthesizeScrollGesture', {
			...at,
			yDistance: -flick,
			speed,
			gestureSourceType: 'mouse',
			repeatCount: flicks,
			repeatDelayMs: 50
		});
	} else if (pattern === 'slow') {
		await wheelSteps(page, cdp, {
			...at,
			delta: 100,
			everyMs: 50,
			done: () => window.scrollY >= document.documentElement.scrollHeight - window.innerHeight - 1
		});
	} else if (pattern === 'return') {
		await wheelSteps(page, cdp, {
			...at,
			delta: -300,
			everyMs: 50,
			done: () => window.scrollY <= 0
		});
	} else {
		throw new Error(`unknown scroll pattern "${pattern}" (one of ${PATTERNS.join(', ')})`);
	}
	// Let the last step settle (scroll-end checks, transitions) before we stop recording.
	await page.waitForTimeout(1000);
	const seconds = (Date.now() - started) / 1000;
	const { longtasks, shifts, intervals, slow, endY, bottom } = await page.evaluate(() => {
		const bench = window.__bench;
		bench.recording = false;
		return {
			slow: bench.slow,
			longtasks: bench.longtasks,
			shifts: bench.shifts,
			intervals: bench.intervals,
			endY: window.scrollY,
			bottom: document.documentElement.scrollHeight - window.innerHeight
		};
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	await context.close();
	const stopped = pattern === 'return' ? endY > flick : endY < bottom - flick;
	if (stopped) {
		throw new Error(
			`the ${pattern} scroll stopped at ${endY} px of ${bottom} px: figures would be partial`
		);
	}

	return {
		pattern,
		reducedMotion,
		cpuSlowdown,
		speed,
		flicks,
		pageHeight,
		seconds,
		raw: { longtasks, shifts, intervals, slow }
	};
}

/**
 * The figures of one or more scrolls of the same pattern (`scrollThrough` results), their frames
 * and tasks pooled: long tasks counted over all runs, the longest of any run, the frame-interval
 * percentiles over every frame of every run, and the frames over 20 ms of each run.
 */
export function summarize(runs) {
	const [first] = runs;
	const longtasks = runs.flatMap((r) => r.raw.longtasks);
	const intervals = runs.flatMap((r) => r.raw.intervals);
	const slow = runs.flatMap((r) => r.raw.slow);
	const durations = longtasks.map((t) => t.duration);
	return {
		pattern: first.pattern,
		reducedMotion: first.reducedMotion,
		cpuSlowdown: first.cpuSlowdown,
		speed: first.speed,
		flicks: first.flicks,
		pageHeight: first.pageHeight,
		runs: runs.length,
		seconds: runs.reduce((sum, r) => sum + r.seconds, 0),
		frames: intervals.length,
		longTasks: {
			count: longtasks.length,
			overBudget: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
			longest: durations.length ? Math.max(...durations) : 0,
			worst: [...longtasks]
				.sort((a, b) => b.duration - a.duration)
				.slice(0, 5)
				.map((t) => ({ ms: Math.round(t.duration), scrollY: Math.round(t.scrollY), step: t.step }))
		},
		// The worst run's: a shift in any run is a shift a reader sees.
		layoutShift: Math.max(...runs.map((r) => r.raw.shifts.reduce((sum, s) => sum + s.value, 0))),
		frameInterval: {
			median: percentile(intervals, 50),
			p95: percentile(intervals, 95),
			worst: intervals.length ? Math.max(...intervals) : null,
			// Frames over 20 ms (at 60 Hz, those that took two vsyncs or more): p95 <= 17 ms needs
			// fewer than one in twenty. All runs, and each run's.
			over20: slow.length,
			over20ByRun: runs.map((r) => r.raw.slow.length),
			// Frames over 20 ms, counted by the step active when they ended (the five most).
			slowByStep: Object.entries(
				slow.reduce((counts, step) => ({ ...counts, [step]: (counts[step] ?? 0) + 1 }), {})
			)
				.sort((a, b) => b[1] - a[1])
				.slice(0, 5)
				.map(([step, frames]) => ({ step, frames }))
		}
	};
}
