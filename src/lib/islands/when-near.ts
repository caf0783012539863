/**
 * When to load an island and when to start it, in one place for every page that has islands (the
 * story's own script, and `ChartFigure` in the presenter and the offline copy).
 *
 * The code is fetched (not run) when the browser is idle, so it is usually there before the reader
 * arrives, and at the latest when the element comes within about a screen of the viewport, above
 * or below. It is started once it has arrived and the element is near; with `atIdle`, it is also
 * started as soon as it arrives at idle, told that the reader is not near (so it can do its work in
 * the browser's idle time, not while the reader scrolls), and told again when the reader comes
 * near. A failed fetch (the network dropped, the file is gone) leaves the page as it is and is
 * tried once more the next time the element comes near. Nothing starts before the page's first paint, which needs no island: on a
 * slow network the first screen's bytes go first. Framework-free: it runs before any island's code.
 */
import { afterNextPaint } from '../shared/long-idle';

export interface WhenNearOptions {
	/** Start as soon as the code is there, near or not (a view drawn only in the browser). */
	now?: boolean;
	/**
	 * Start when the code arrives at idle too, before the element is near: `start` is then called
	 * with `near` false, and `onnear` once the element comes near.
	 */
	atIdle?: boolean;
	/** The element came near after an idle start (see `atIdle`). */
	onnear?: () => void;
}

/**
 * Loads `load()` and calls `start` with its result, as above. Returns the function that stops
 * watching (a start already made is the caller's to undo).
 */
export function whenNear<T>(
	element: Element,
	load: () => Promise<T>,
	start: (code: T, near: boolean) => void,
	{ now = false, atIdle = false, onnear }: WhenNearOptions = {}
): () => void {
	let stopped = false;
	let started = false;
	let near = now;
	let failures = 0;
	let loading: Promise<T | undefined> | undefined;

	/** Fetch the code (once at a time; after a failure, once more). */
	const fetchCode = () =>
		(loading ??= load().catch(() => {
			failures += 1;
			loading = undefined;
			return undefined;
		}));

	/** Starts once the code is here and the element near (or at idle, with `atIdle`). */
	const startWhen = (idle: boolean) => (code: T | undefined) => {
		if (code === undefined || stopped || started || !(near || idle)) return;
		started = true;
		start(code, near);
	};
	const approach = () => {
		if (started) return onnear?.();
		if (failures > 1) return;
		void fetchCode().then(startWhen(false));
	};

	const observer = new IntersectionObserver(
		(entries) => {
			near = now || (entries[entries.length - 1]?.isIntersecting ?? false);
			if (near) approach();
		},
		{ rootMargin: '100% 0px' }
	);
	const watch = afterNextPaint(() => {
		if (stopped) return;
		observer.observe(element);
		if (now) approach();
	});

	const prefetch = () => {
		if (started || failures > 0) return;
		const fetched = fetchCode();
		if (atIdle) void fetched.then(startWhen(true));
	};
	const idle =
		typeof requestIdleCallback === 'function'
			? requestIdleCallback(prefetch, { timeout: 5000 })
			: setTimeout(prefetch, 3000);

	return () => {
		stopped = true;
		watch();
		observer.disconnect();
		if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle as number);
		clearTimeout(idle as ReturnType<typeof setTimeout>);
	};
}
