/**
 * One scroll-driven section of the prerendered story (`ScrollySection`'s markup): the scroll
 * engine reports the step under the trigger line; this marks that step's card
 * (`aria-current="step"`), moves the chart to its state and tells the page (address bar,
 * announcement). A keyboard user who tabs to a step brings it to the reading position and the
 * graphic follows.
 */
import { createScrollEngine } from '$lib/story/scroll/engine';
import { chartIsland } from '../islands/chart-island';
import { inNextTask } from '$lib/shared/long-idle';

/** What a section tells the page about. */
export interface SectionHooks {
	/**
	 * The active step changed: its id and title, or null when the reader left the steps; `left` is
	 * the step the section leaves (a section may say so after the reader reached the next one).
	 */
	onactive(id: string | null, title: string | null, left: string | null): void;
	/** Link to paragraph `n` of the original report (for the chart's citations). */
	reportHref(paragraph: number): string;
}

/**
 * Wide layout (graphic beside the text: a desktop, or a phone on its side): the trigger line sits
 * higher. Same as the CSS (ScrollySection.svelte).
 */
const WIDE =
	'(min-width: 64rem), screen and (orientation: landscape) and (max-height: 30rem) and (min-width: 36rem)';
/** Trigger line as a fraction of the viewport: lower on phones, where the graphic fills the top. */
const offsetFor = (wide: boolean) => (wide ? 0.5 : 0.72);

/** Starts `section` (a `[data-scrolly-section]`); returns the function that stops it. */
export function startSection(section: HTMLElement, hooks: SectionHooks): () => void {
	const stepsRoot = section.querySelector<HTMLElement>('[data-steps]');
	const figure = section.querySelector<HTMLElement>('figure[data-chart]');
	if (!stepsRoot) return () => {};
	const cards = Array.from(stepsRoot.querySelectorAll<HTMLElement>('[data-step]'));
	const island = figure ? chartIsland(figure, hooks.reportHref) : undefined;
	const titleOf = (id: string) =>
		document.getElementById(`${id}-title`)?.textContent?.trim() ?? null;

	/*
	 * The chart follows in the next task, not in the one that found the step: that task is often
	 * scrollama's IntersectionObserver callback for two steps (one left, one entered), and the
	 * second read the scroll position, which made the browser style and lay out the chart's new
	 * step right there. Together a task of 45-70 ms at 4x CPU on a phone (`npm run bench`, the
	 * flick, at the timeline's first step); apart, two short ones.
	 */
	let stopFollowing = () => {};
	const chartFollows = (id: string) => {
		stopFollowing();
		stopFollowing = inNextTask(() => island?.show(id));
	};

	let active: string | null = null;
	function onstep(id: string | null) {
		for (const card of cards) {
			if (card.dataset.step === id) card.setAttribute('aria-current', 'step');
			else card.removeAttribute('aria-current');
		}
		if (id) chartFollows(id);
		const left = active;
		active = id;
		hooks.onactive(id, id ? titleOf(id) : null, left);
	}

	const wide = matchMedia(WIDE);
	const engine = createScrollEngine({ root: stepsRoot, offset: offsetFor(wide.matches), onstep });
	const onLayout = () => engine.setOffset(offsetFor(wide.matches));
	wide.addEventListener('change', onLayout);

	// With JavaScript the chart starts in the first step's state and follows the reader.
	const first = cards[0]?.dataset.step;
	if (first) island?.show(first);

	let confirm: ReturnType<typeof setTimeout> | undefined;
	const onfocusin = (event: FocusEvent) => {
		const card = event.target;
		if (!(card instanceof HTMLElement) || !card.matches('[data-step]:focus-visible')) return;
		const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
		card.scrollIntoView({ block: 'start', behavior: reduce ? 'instant' : 'smooth' });
		onstep(card.dataset.step ?? null);
		// Let the engine confirm once the scroll has settled.
		clearTimeout(confirm);
		confirm = setTimeout(() => engine.check(), 600);
	};
	stepsRoot.addEventListener('focusin', onfocusin);

	return () => {
		clearTimeout(confirm);
		stopFollowing();
		stepsRoot.removeEventListener('focusin', onfocusin);
		wide.removeEventListener('change', onLayout);
		engine.destroy();
		island?.destroy();
	};
}
