/** Work that waits until the browser draws no frames, so none of it falls inside a scroll. */
/** An idle period this long means no frames are being drawn (Chromium gives up to 50 ms). */
export const LONG_IDLE_MS = 40;

export function inNextTask(run: () => void): () => void {
	const timer = setTimeout(run, 0);
	return () => clearTimeout(timer);
}

/** A task queued from an animation frame runs after that frame's paint. */
export function afterNextPaint(run: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(run, 0)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}

/** In the first idle period of `LONG_IDLE_MS`; WebKit, which has no idle callbacks: next task. */
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
