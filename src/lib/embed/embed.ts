/**
 * An embed page's behaviour, on its prerendered markup (`EmbedView`; the page is not hydrated):
 * the step buttons with the step's title and words, the chart following them (an island, loaded
 * at once, as the embed shows nothing else), `?step=<id>` to open at a step, and the page's
 * height reported to the parent page (pym.js format) on load, on resize and on every step change.
 */
import { paragraphHref } from '$lib/content/vocabulary';
import { reportHeight } from '$lib/embed/report-height';
import { chartIsland } from '../islands/chart-island';

/** One step as the page lists it (`[data-all-steps] li`). */
interface ListedStep {
	id: string;
	title: string;
	graphic: string;
}

/** The steps the page lists, in order. */
function listedSteps(list: Element): ListedStep[] {
	return Array.from(list.querySelectorAll<HTMLElement>('li[data-step]'), (li) => ({
		id: li.dataset.step ?? '',
		title: li.querySelector('[data-title]')?.textContent?.trim() ?? '',
		graphic: li.querySelector('[data-graphic]')?.textContent?.trim() ?? ''
	}));
}

/** Starts the embed in `main` (`[data-embed]`); returns the function that stops it. */
export function startEmbed(main: HTMLElement): () => void {
	const figure = main.querySelector<HTMLElement>('figure[data-chart]');
	const controls = main.querySelector<HTMLElement>('[data-controls]');
	const text = main.querySelector<HTMLElement>('[data-step-text]');
	const list = main.querySelector<HTMLElement>('[data-all-steps]');
	if (!figure || !controls || !text || !list) return () => {};
	const steps = listedSteps(list);
	const story =
		main.querySelector<HTMLAnchorElement>('[data-story-link]')?.href.split('#')[0] ?? '';
	const island = chartIsland(figure, (n) => paragraphHref(n, story));
	const reporter = reportHeight();

	const asked = new URLSearchParams(location.search).get('step');
	let index = Math.max(
		0,
		steps.findIndex((s) => s.id === asked)
	);

	function render() {
		const step = steps[index];
		if (!step) return;
		controls!.querySelector('.prev')?.setAttribute('aria-disabled', String(index === 0));
		controls!
			.querySelector('.next')
			?.setAttribute('aria-disabled', String(index === steps.length - 1));
		controls!.querySelector('.count')!.textContent = `Step ${index + 1} of ${steps.length}`;
		controls!.querySelector('.step-title')!.textContent = step.title;
		text!.textContent = step.graphic;
		island.show(step.id);
	}

	const onclick = (event: MouseEvent) => {
		const button = (event.target as Element).closest<HTMLElement>('[data-go]');
		if (!button) return;
		const next = index + Number(button.dataset.go);
		if (next < 0 || next >= steps.length) return;
		index = next;
		render();
		requestAnimationFrame(() => reporter.send());
	};

	render();
	controls.hidden = false;
	text.hidden = false;
	list.hidden = true;
	controls.addEventListener('click', onclick);
	return () => {
		controls.removeEventListener('click', onclick);
		island.destroy();
		reporter.stop();
	};
}
