/**
 * The story page's behaviour, on its prerendered markup. The page is not hydrated: this is all
 * the script its first screen needs (the scroll engine, step tracking and the address bar), and
 * it loads the rest as islands (each chart as it comes near, the person dialog on the first click
 * on a name). The single-file offline copy, which Svelte renders in the browser, runs the same
 * code once its markup is there.
 */
import { paragraphHref } from '$lib/content/vocabulary';
import { stepFromHash } from '$lib/story/scroll/geometry';
import { personDialogOnDemand } from '$lib/people/person-links';
import { completeAddresses } from '../embed/embed-code';
import { startCopyButtons } from '$lib/shared/copy';
import { startPrint } from '../print/print';
import { startSection } from './section';
import { afterNextPaint } from '$lib/shared/long-idle';

export interface StoryOptions {
	/** Writes a URL into the address bar without a new history entry (the router's own, if any). */
	replaceUrl?: (url: string) => void;
}

/**
 * How long the reader stays on a step before its title is announced (and, after a run, its address
 * written).
 */
export const SETTLE_MS = 300;

/** Link to paragraph `n` of the original report. */
const reportHref = (paragraph: number) => paragraphHref(paragraph);

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

	/**
	 * The address bar names the active step (no new history entry), so a reload or a copied address
	 * opens where the reader is: at once when they move from a step they stayed on, but while they
	 * run through steps faster than SETTLE_MS, only where they land. Each history write costs a slow
	 * phone a few milliseconds in the middle of a scroll, and browsers refuse a page that writes too
	 * often (WebKit throws after 100 writes in 30 seconds: three quick trips down and up the story's
	 * 20 steps). The write is a task of its own, after the one that changes the step and the chart
	 * (together they made a long task on a slow phone). A step's title is announced once the reader
	 * stays on it: ten titles read out in a row tell a screen-reader user nothing.
	 */
	let pending: ReturnType<typeof setTimeout> | undefined;
	/** A write in the next task: not in the task that changes the step and moves the chart. */
	let soon: ReturnType<typeof setTimeout> | undefined;
	/** The step the reader is on, in whichever section, and when they reached it. */
	let current: string | null = null;
	let reachedAt = -Infinity;
	function onactive(id: string | null, title: string | null, left: string | null) {
		// A section the reader has already left for the next one says so late: keep the next's step.
		if (id === null && left !== current) return;
		const now = performance.now();
		const running = now - reachedAt < SETTLE_MS;
		current = id;
		reachedAt = now;
		if (!ready) return;
		const write = () => {
			const hash = id ? `#${id}` : '';
			if (location.hash !== hash) replaceUrl(hash || location.pathname + location.search);
		};
		clearTimeout(soon);
		if (!running) soon = setTimeout(write);
		clearTimeout(pending);
		pending = setTimeout(() => {
			write();
			if (announcer && title) announcer.textContent = title;
		}, SETTLE_MS);
	}

	const stops = Array.from(document.querySelectorAll<HTMLElement>('[data-scrolly-section]'), (s) =>
		startSection(s, { onactive, reportHref })
	);
	completeAddresses();
	stops.push(personDialogOnDemand(reportHref), startCopyButtons(), startPrint(reportHref));

	// A deep link (`/#mines-all`) opens at its step.
	const target = stepFromHash(location.hash, stepIds);
	if (target)
		document.getElementById(target)?.scrollIntoView({ block: 'start', behavior: 'instant' });
	// Start following once the engines have read the initial position, so a malformed hash is left
	// alone rather than rewritten, and loading never adds an announcement.
	// (They read it in the task after the next frame: this task is queued after theirs.)
	afterNextPaint(() => (ready = true));

	return () => {
		clearTimeout(soon);
		clearTimeout(pending);
		stops.forEach((stop) => stop());
	};
}
