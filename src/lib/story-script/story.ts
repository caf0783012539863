/**
 * The story page's behaviour, on its prerendered markup. The page is not hydrated: this is all
 * the script its first screen needs (the scroll engine, step tracking and the address bar), and
 * it loads the rest as islands (each chart as it comes near, the person dialog on the first click
 * on a name). The single-file offline copy, which Svelte renders in the browser, runs the same
 * code once its markup is there.
 */
import { stepFromHash } from '$lib/scrolly/geometry';
import { personDialogOnDemand } from '$lib/views/people/person-links';
import { startEmbedCodes } from './embed-code';
import { startPrint } from './print';
import { startSection } from './section';

export interface StoryOptions {
	/** Writes a URL into the address bar without a new history entry (the router's own, if any). */
	replaceUrl?: (url: string) => void;
}

/** Link to paragraph `n` of the original report. */
const reportHref = (paragraph: number) => `#p-${paragraph}`;

/** Starts the story on the page's markup; returns the function that stops it. */
export function startStory({
	replaceUrl = (url) => history.replaceState(history.state, '', url)
}: StoryOptions = {}): () => void {
	const announcer = document.querySelector('[data-announcer]');
	const stepIds = Array.from(
		document.querySelectorAll<HTMLElement>('[data-step]'),
		(el) => el.dataset.step ?? ''
	);
	/** Follow the reader only once the initial position is settled (see below). */
	let ready = false;

	/** The address bar follows the active step (no new history entry); the title is announced. */
	function onactive(id: string | null, title: string | null) {
		if (!ready) return;
		if (announcer && title) announcer.textContent = title;
		const hash = id ? `#${id}` : '';
		if (location.hash !== hash) replaceUrl(hash || location.pathname + location.search);
	}

	const stops = Array.from(document.querySelectorAll<HTMLElement>('[data-scrolly-section]'), (s) =>
		startSection(s, { onactive, reportHref })
	);
	stops.push(personDialogOnDemand(reportHref), startEmbedCodes(), startPrint(reportHref));

	// A deep link (`/#mines-all`) opens at its step.
	const target = stepFromHash(location.hash, stepIds);
	if (target)
		document.getElementById(target)?.scrollIntoView({ block: 'start', behavior: 'instant' });
	// Start following once the engines have read the initial position, so a malformed hash is left
	// alone rather than rewritten, and loading never adds an announcement.
	requestAnimationFrame(() => requestAnimationFrame(() => (ready = true)));

	return () => stops.forEach((stop) => stop());
}
