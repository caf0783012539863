/**
 * "Cite this story": the explainer itself cited in APA (7th edition), MLA (9th edition) and
 * Chicago (17th edition, bibliography) style. Pure and browser-safe: the notes render it at build
 * time, the tests check it, and the page's script uses `bareAddress` when it fills in the address.
 *
 * The explainer has no named author, so each style starts with the title, as each does for a work
 * without one; no site or organisation is named, because the content names none. The date is the
 * version's (`storyVersion`): the latest correction, or the published date when it is later or
 * there is none.
 *
 *     APA      Title in sentence case. (2026, December 8). https://example.org/    (title in italics)
 *     MLA      “Title in Title Case.” 8 Dec. 2026, example.org/.
 *     Chicago  “Title in Title Case.” Last modified December 8, 2026. https://example.org/.
 */

/** A run of a citation's text: italic (a title in APA), or the page's address. */
export interface Segment {
	text: string;
	italic?: true;
	/** The page's address: `full`, or `bare` (without `https://`, as MLA writes it). */
	address?: 'full' | 'bare';
}

/** What a citation of the story needs. */
export interface StoryCitation {
	/** The story's headline, as it stands. */
	title: string;
	/** Which version is cited (`storyVersion`). */
	version: StoryVersion;
	/** The page's address, or null where none is known (the offline copy). */
	url: string | null;
}

/** The dates of the version cited, `YYYY-MM-DD`. */
export interface StoryVersion {
	/** The published date (`PUBLISHED_DATE`), when the build was given one. */
	published: string | null;
	/** The latest correction's date, when it is later than the published date (or there is none). */
	modified: string | null;
}

/** The version of the story: corrections newest first, and the build's published date. */
export function storyVersion(
	corrections: readonly { date: string }[],
	publishedDate: string | null
): StoryVersion {
	const latest = corrections[0]?.date ?? null;
	const modified = latest !== null && (publishedDate === null || latest > publishedDate);
	return { published: publishedDate, modified: modified ? latest : null };
}

/** The date a citation gives: the last change, else the publication. */
export const versionDate = (v: StoryVersion): string | null => v.modified ?? v.published;

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

/** `2026-12-08` as `[2026, 'December', 8]`. */
function parts(iso: string): [number, string, number] {
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
	return [year, MONTHS[month - 1] ?? '', day];
}

/** MLA's months: those longer than four letters abbreviated ("Sept." is MLA's own). */
function mlaMonth(month: string): string {
	if (month.length <= 4) return month;
	return month === 'September' ? 'Sept.' : `${month.slice(0, 3)}.`;
}

/** An address without its scheme, as MLA writes it: `example.org/kg/`. */
export const bareAddress = (url: string): string => url.replace(/^https?:\/\//, '');

/** Words that title case leaves in lower case (articles, conjunctions, prepositions). */
const MINOR = new Set(
	(
		'a an the and but or nor for so yet as at by in of off on per to up via vs from into onto ' +
		'with upon over than about after among before between during through under until within without'
	).split(' ')
);

/**
 * Headline-style capitals, as MLA and Chicago write titles: every word capitalised except minor
 * words inside the title; the first and last words, and a word after a colon, always. Words
 * already capitalised (names) are kept as they are.
 */
export function titleCase(title: string): string {
	const words = title.split(' ');
	return words
		.map((word, i) => {
			const first = i === 0 || /[:—–?!]$/.test(words[i - 1] ?? '');
			const last = i === words.length - 1;
			if (!first && !last && MINOR.has(word.toLowerCase())) return word.toLowerCase();
			return word.replace(/\p{L}/u, (letter) => letter.toUpperCase());
		})
		.join(' ');
}

/** The title ending in a full stop, unless it ends in a question or exclamation mark. */
const closed = (title: string) => (/[.?!]$/.test(title) ? title : `${title}.`);

/** The title in quotation marks, its full stop inside them, as MLA and Chicago have it. */
const quoted = (title: string) => `“${closed(titleCase(title))}”`;

/** APA 7, a web page with no author: the title (italic) moves to the author's place. */
export function apa({ title, version, url }: StoryCitation): Segment[] {
	const date = versionDate(version);
	const [year, month, day] = date ? parts(date) : [];
	const when = date ? `(${year}, ${month} ${day})` : '(n.d.)';
	const out: Segment[] = [{ text: closed(title), italic: true }, { text: ` ${when}.` }];
	if (url) out.push({ text: ' ' }, { text: url, address: 'full' });
	return out;
}

/** MLA 9, a web page with no author: the title in quotation marks, then date and address. */
export function mla({ title, version, url }: StoryCitation): Segment[] {
	const date = versionDate(version);
	const [year, month, day] = date ? parts(date) : [];
	const rest: Segment[] = [];
	if (date) rest.push({ text: `${day} ${mlaMonth(month!)} ${year}` });
	if (url) rest.push({ text: bareAddress(url), address: 'bare' });
	const out: Segment[] = [{ text: quoted(title) }];
	rest.forEach((segment, i) => out.push({ text: i === 0 ? ' ' : ', ' }, segment));
	if (rest.length > 0) out.push({ text: '.' });
	return out;
}

/** Chicago 17 (bibliography), a web page with no author: title, date (or last change), address. */
export function chicago({ title, version, url }: StoryCitation): Segment[] {
	const out: Segment[] = [{ text: quoted(title) }];
	const date = versionDate(version);
	if (date) {
		const [year, month, day] = parts(date);
		const lead = version.modified ? 'Last modified ' : '';
		out.push({ text: ` ${lead}${month} ${day}, ${year}.` });
	}
	if (url) out.push({ text: ' ' }, { text: url, address: 'full' }, { text: '.' });
	return out;
}

/** The citation as plain text: what the copy button copies. */
export const plainText = (segments: readonly Segment[]): string =>
	segments.map((s) => s.text).join('');

/** The three styles, in the order the page shows them. */
export const STYLES = [
	{ id: 'apa', name: 'APA', edition: '7th edition', cite: apa },
	{ id: 'mla', name: 'MLA', edition: '9th edition', cite: mla },
	{ id: 'chicago', name: 'Chicago', edition: '17th edition, bibliography', cite: chicago }
] as const;
