declare module 'virtual:story-content' {
	import type { Content, Report } from '$lib/content/types';
	/**
	 * The story's content, loaded from `content/` and checked at build time. Browser code should
	 * import only the parts it needs (below), so the rest stays out of the bundle.
	 */
	export const content: Content;
	export const story: Content['story'];
	/** The report with its full text (server and presenter; the reading page has it in HTML). */
	export const report: Content['report'];
	/** The report's metadata without its paragraphs (publisher, date, headline, link). */
	export const reportMeta: Omit<Report, 'paragraphs'>;
	export const events: Content['events'];
	export const casualties: Content['casualties'];
	export const mines: Content['mines'];
	export const people: Content['people'];
	export const facts: Content['facts'];
	/** The outside facts that give a place's position ("42.875 N, 74.612 E") or that a mine's position cites: all the map needs of them. */
	export const placeFacts: Content['facts'];
	export const next: Content['next'];
	export const sections: Content['sections'];
	export const steps: Content['steps'];
	/** Each step's chart state by step id (steps without a graphic are left out). */
	export const stepStates: Record<string, import('$lib/content/types').ChartState>;
	export const notes: Content['notes'];
	/** What changed after publication and why, newest first. */
	export const corrections: Content['corrections'];
}
