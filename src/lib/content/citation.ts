/**
 * How a citation reads, in one place: the notes and sources, "What happened next", the teacher's
 * notes (all through views/notes/Citations.svelte), the data downloads and the plain-text `source`
 * line the charts show. Pure and browser-safe.
 *
 * A citation reads: whose report it is, its title (the link), its date, and where it was
 * republished, then any note in brackets:
 *
 *     Reuters, “Kyrgyzstan president Jeenbekov resigns after unrest”, 15 October 2020,
 *     republished by National Post
 *     TASS, 5 October 2020
 *     Wikipedia, “Bishkek” (reference work)
 */
import type { Citation } from './types';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** `2020-10-15` → `15 October 2020` (no time zone involved: the date is a calendar date). */
export function citationDate(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
	if (!match || !month) return iso;
	return `${Number(match[3])} ${month} ${match[1]}`;
}

/** One citation, in the parts every rendering puts together the same way. */
export interface CitationParts {
	/** Whose report it is: the original outlet of a republication, else the outlet. */
	by: string;
	/** The title in quotes, when the source has one. */
	title?: string;
	/** `15 October 2020`, for a dated report. */
	date?: string;
	/** The date as `YYYY-MM-DD` (for `<time datetime>`). */
	isoDate?: string;
	/** `republished by National Post`, for a republication. */
	republication?: string;
	/** `reference work`, for an encyclopaedia entry or a database. */
	reference?: string;
	/** The note, as written. */
	note?: string;
	/** The address, when there is one. */
	url?: string;
	/**
	 * Which part carries the link to `url`: the title if there is one, else the republication
	 * (the address is the republisher's page), else the outlet.
	 */
	linked: 'title' | 'republication' | 'by' | null;
}

/** Splits a citation into the parts every rendering uses (see the module comment). */
export function citationParts(citation: Citation): CitationParts {
	const parts: CitationParts = {
		by: citation.republishes ?? citation.outlet,
		linked: null
	};
	if (citation.title !== undefined) parts.title = `“${citation.title}”`;
	if (citation.date !== undefined) {
		parts.date = citationDate(citation.date);
		parts.isoDate = citation.date;
	}
	if (citation.republishes !== undefined)
		parts.republication = `republished by ${citation.outlet}`;
	if (citation.kind === 'reference') parts.reference = 'reference work';
	if (citation.note !== undefined) parts.note = citation.note;
	if (citation.url !== undefined) {
		parts.url = citation.url;
		parts.linked =
			parts.title !== undefined ? 'title' : parts.republication !== undefined ? 'republication' : 'by';
	}
	return parts;
}

/** The bracketed end of a citation: `(reference work; a round-up of …)`, or ''. */
export function citationBrackets(parts: CitationParts, withNote = true): string {
	const inside = [parts.reference, withNote ? parts.note : undefined].filter(
		(s): s is string => s !== undefined
	);
	return inside.length > 0 ? ` (${inside.join('; ')})` : '';
}

/**
 * One citation as a line of text, without its address: outlet, title, date, republication, and
 * its note unless `withNote` is false (the short `source` line leaves notes to the full views).
 */
export function citationLabel(citation: Citation, withNote = true): string {
	const parts = citationParts(citation);
	const items = [parts.by, parts.title, parts.date, parts.republication].filter(
		(s): s is string => s !== undefined
	);
	return items.join(', ') + citationBrackets(parts, withNote);
}

/** One citation in full, as text: its label, then its address in angle brackets. */
export function citationText(citation: Citation): string {
	const label = citationLabel(citation);
	return citation.url !== undefined ? `${label} <${citation.url}>` : label;
}

/** Several citations as one short line, without addresses or notes (the charts' `source` line). */
export function sourcesLabel(citations: readonly Citation[]): string {
	return citations.map((citation) => citationLabel(citation, false)).join(' · ');
}

/** Several citations in full, one per line (the data downloads' `sources` column). */
export function sourcesText(citations: readonly Citation[]): string {
	return citations.map((citation) => citationText(citation)).join('\n');
}
