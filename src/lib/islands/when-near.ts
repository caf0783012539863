/**
 * When to fetch and start an island, for every page that has them. The code is fetched at idle,
 * or at the latest a screen away; it starts once here and near (with `atIdle`, at idle too, told
 * it is not near). A failed fetch is tried once more when next near. Nothing starts before the
 * first paint.
 */
import { afterNextPaint } from '../shared/long-idle';

export interface WhenNearOptions {
	/** Start as soon as the code is there, near or not (a view drawn only in the browser). */
	now?: boolean;
	/** Start at idle too, with `near` false; `onnear` says when it comes near. */
	atIdle?: boolean;
	onnear?: () => void;
}

/** Returns the function that stops watching (a start already made is the caller's to undo). */
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

	const fetchCode = () =>
		(loading ??= load().catch(() => {
			failures += 1;
			loading = undefined;
			return undefined;
		}));

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
