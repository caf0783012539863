/**
 * The scroll engine: wraps scrollama and reports the step under the trigger line and the progress
 * through it. Observer events are reconciled with a geometric check after scrolling settles, on
 * resize and after a jump, so a fling or a reload ends on the right step. The check reads layout in
 * the task after a frame: in requestAnimationFrame it forced an extra layout of the charts' changes
 * (about 8 ms at 4x CPU). Browser only: scrollama touches `window` when imported.
 */
import scrollama from 'scrollama';
import { progressThrough, stepAtTrigger, type StepBox } from './geometry';

export interface ScrollEngineOptions {
	/** Holds the `[data-step]` elements. */
	root: HTMLElement;
	/** Trigger line, as a fraction of the viewport height. */
	offset: number;
	/** The active step's id, or null when the line is outside the steps. */
	onstep: (id: string | null) => void;
	onprogress?: (progress: number) => void;
}

export interface ScrollEngine {
	readonly active: string | null;
	/** Re-checks the geometry now (after a programmatic scroll has settled). */
	check(): void;
	setOffset(offset: number): void;
	destroy(): void;
}

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
			// Checked at once: left until scrolling settled, WebKit kept the previous section's step
			// current after a jump into the next section.
			.onStepExit(() => schedule())
			.onStepProgress(({ element, progress }) => {
				if (element.dataset.step === active) onprogress?.(progress);
			});
		return instance;
	}

	// One engine per section: after a scroll only one near the viewport, or holding the current
	// step, checks; the others would read every step's box for nothing.
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
