/**
 * Work that can wait for the browser to be quite idle: no frame to draw, no input to handle. Used
 * to build a chart's island before the reader comes near it, so that none of its tasks falls
 * between two frames of a scroll or an animation.
 */

/** An idle period this long (ms) means the browser is drawing no frames (Chromium gives up to 50). */
export const LONG_IDLE_MS = 40;

/** Runs `run` in the next task; returns the function that cancels it. */
export function inNextTask(run: () => void): () => void {
	const timer = setTimeout(run, 0);
	return () => clearTimeout(timer);
}

/**
 * Calls `run` once the next frame has been painted (a task queued from an animation frame runs
 * after that frame's paint). Returns the function that cancels it.
 */
export function afterNextPaint(run: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/**
 * Runs `run` in the first idle period of at least `LONG_IDLE_MS`; returns the function that
 * cancels it. Where there is no `requestIdleCallback` (WebKit), in the next task.
 */
export function inLongIdle(run: () => void): () => void {
	if (typeof requestIdleCallback !== 'function') return inNextTask(run);
	let id = 0;
	const wait = (deadline: IdleDeadline) => {
		if (deadline.timeRemaining() >= LONG_IDLE_MS) run();
		else id = requestIdleCallback(wait);
	};
	id = requestIdleCallback(wait);
	return () => cancelIdleCallback(id);
}
