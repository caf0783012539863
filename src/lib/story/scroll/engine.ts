/**
 * The scroll engine: wraps `scrollama` and does one thing, report which step is under the trigger
 * line (by its stable id) and the progress through it. Layout and charts take that state as input.
 *
 * Steps are the elements with `data-step="<id>"` inside `root`, in reading order. Detection is
 * scrollama's IntersectionObserver events, reconciled with a geometric check after scrolling
 * settles, on resize, on visualViewport changes (address bar, zoom, rotation) and after a jump to
 * an anchor, so a fast fling or a reload half-way down always ends on the right step. The check
 * reads layout just after a frame is drawn, when it is clean: read in requestAnimationFrame, it
 * forced a layout of the charts' changes before the frame's own, and the step it found changed
 * them again (about 8 ms each at 4x CPU on a phone). After a scroll, only an engine whose steps
 * are near the viewport (or still hold the current step) checks.
 * Browser only: scrollama touches `window` when it is imported.
 */
import scrollama from 'scrollama';
import { progressThrough, stepAtTrigger, type StepBox } from './geometry';

export interface ScrollEngineOptions {
	/** The element whose `[data-step]` descendants are the steps. */
	root: HTMLElement;
	/** Trigger line, as a fraction of the viewport height from its top. */
	offset: number;
	/** Called whenever the active step changes: its id, or null when the line is outside the steps. */
	onstep: (id: string | null) => void;
	/** Called with the progress (0 to 1) of the trigger line through the active step. */
	onprogress?: (progress: number) => void;
}

export interface ScrollEngine {
	/** The step under the trigger line, as last reported. */
	readonly active: string | null;
	/** Re-checks the geometry now (for example after a programmatic scroll has settled). */
	check(): void;
	/** Moves the trigger line (phone ↔ desktop layout). */
	setOffset(offset: number): void;
	/** Stops listening. */
	destroy(): void;
}

/** Starts the engine on `root`'s steps; reports the current step just after the next frame. */
export function createScrollEngine(options: ScrollEngineOptions): ScrollEngine {
	const { root, onstep, onprogress } = options;
	let offset = options.offset;
	let active: string | null = null;
	let frame = 0;
	let afterFrame: ReturnType<typeof setTimeout> | undefined;
	let settle: ReturnType<typeof setTimeout> | undefined;
	let remeasure: ReturnType<typeof setTimeout> | undefined;
	const steps = () => Array.from(root.querySelectorAll<HTMLElement>('[data-step]'));

	function setActive(id: string | null) {
		if (id === active) return;
		active = id;
		onstep(id);
	}

	/** Geometric truth: which step is under the trigger line right now (reads layout only). */
	function reconcile() {
		const els = steps();
		if (!els.length) return;
		const trigger = window.innerHeight * offset;
		const boxes: StepBox[] = els.map((el) => {
			const r = el.getBoundingClientRect();
			return { top: r.top, bottom: r.bottom };
		});
		const index = stepAtTrigger(boxes, trigger, root.getBoundingClientRect().bottom);
		const box = boxes[index];
		setActive(index >= 0 ? (els[index]?.dataset.step ?? null) : null);
		onprogress?.(box ? progressThrough(box, trigger) : 0);
	}

	/** Reconciles once, in the task after the next frame (its layout done, none of ours pending). */
	function schedule() {
		if (frame || afterFrame) return;
		frame = requestAnimationFrame(() => {
			frame = 0;
			afterFrame = setTimeout(() => {
				afterFrame = undefined;
				reconcile();
			});
		});
	}

	let observer = observe();
	function observe() {
		const instance = scrollama();
		instance
			.setup({ step: steps(), offset: offset as 0.5, progress: Boolean(onprogress) })
			.onStepEnter(({ element }) => setActive(element.dataset.step ?? null))
			// Leaving a step without entering another (out of the steps, or past a skipped one) is
			// found by the check, at once: left to the check once scrolling settles, WebKit kept the
			// previous section's step current after a jump into the next section.
			.onStepExit(() => schedule())
			.onStepProgress(({ element, progress }) => {
				if (element.dataset.step === active) onprogress?.(progress);
			});
		return instance;
	}

	/*
	 * The story runs one engine per section. After each scroll, only a section near the viewport
	 * (or one that still has a step current) needs the check: the others would read every step's
	 * box to find that the line is still outside their steps.
	 */
	let near = true;
	const proximity = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) near = entry.isIntersecting;
		},
		{ rootMargin: '100% 0px' }
	);
	proximity.observe(root);
	const afterScroll = () => {
		if (near || active !== null) schedule();
	};
	const onScroll = () => {
		clearTimeout(settle);
		settle = setTimeout(afterScroll, 90);
	};
	const onResize = () => {
		clearTimeout(remeasure);
		remeasure = setTimeout(() => {
			observer.resize();
			schedule();
		}, 150);
	};
	addEventListener('scroll', onScroll, { passive: true });
	addEventListener('scrollend', afterScroll);
	addEventListener('resize', onResize);
	addEventListener('hashchange', schedule);
	visualViewport?.addEventListener('resize', onResize);
	schedule();

	return {
		get active() {
			return active;
		},
		check: reconcile,
		setOffset(next) {
			if (next === offset) return;
			offset = next;
			observer.destroy();
			observer = observe();
			schedule();
		},
		destroy() {
			cancelAnimationFrame(frame);
			clearTimeout(afterFrame);
			clearTimeout(settle);
			clearTimeout(remeasure);
			observer.destroy();
			removeEventListener('scroll', onScroll);
			removeEventListener('scrollend', afterScroll);
			proximity.disconnect();
			removeEventListener('resize', onResize);
			removeEventListener('hashchange', schedule);
			visualViewport?.removeEventListener('resize', onResize);
		}
	};
}
