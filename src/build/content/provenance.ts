/**
 * Provenance: every quote in the content must occur, word for word, in the report. Build time only.
 *
 * Comparison collapses whitespace and treats typographic quotes as straight ones (’ ‘ → ', “ ” → ")
 * and nothing else: capitals and punctuation must match.
 */

/** Collapses whitespace and straightens typographic quotes; nothing else changes. */
export function normaliseQuote(text: string): string {
	return text
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201C\u201D]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The report's paragraphs: its non-empty lines, in order (paragraph n is at index n - 1). */
export function splitParagraphs(article: string): string[] {
	return article.split(/\r?\n/).filter((line) => line.trim() !== '');
}

/** Where a quote was (or was not) found. */
export type QuoteLookup =
	| { found: true; paragraph: number }
	| { found: false; reason: 'empty' }
	| { found: false; reason: 'ambiguous'; paragraphs: number[] }
	| { found: false; reason: 'missing'; hint: string };

/**
 * Finds the single paragraph (1-based) that contains `quote`. When it is missing, `hint` says
 * how close it came (different capitals, or where the words stop matching).
 */
export function locateQuote(paragraphs: readonly string[], quote: string): QuoteLookup {
	const wanted = normaliseQuote(quote);
	if (wanted === '') return { found: false, reason: 'empty' };
	const normalised = paragraphs.map(normaliseQuote);
	const hits = normalised.flatMap((text, i) => (text.includes(wanted) ? [i + 1] : []));
	if (hits.length === 1) return { found: true, paragraph: hits[0] as number };
	if (hits.length > 1) return { found: false, reason: 'ambiguous', paragraphs: hits };
	return { found: false, reason: 'missing', hint: missHint(normalised, wanted) };
}

/** Explains a near miss: capitals only, or the longest run of leading words that does match. */
function missHint(paragraphs: readonly string[], wanted: string): string {
	const lower = wanted.toLowerCase();
	const caseOnly = paragraphs.findIndex((text) => text.toLowerCase().includes(lower));
	if (caseOnly >= 0) {
		const text = paragraphs[caseOnly] as string;
		const start = text.toLowerCase().indexOf(lower);
		return ` (paragraph ${caseOnly + 1} has these words with different capitals: "${text.slice(start, start + wanted.length)}")`;
	}
	const words = wanted.split(' ');
	for (let n = words.length - 1; n >= 2; n--) {
		const prefix = words.slice(0, n).join(' ');
		const at = paragraphs.findIndex((text) => wordPrefixEnd(text, prefix) >= 0);
		if (at >= 0) {
			const text = paragraphs[at] as string;
			const after = text.slice(wordPrefixEnd(text, prefix)).trim();
			const next = after.split(' ').slice(0, 6).join(' ');
			return (
				` (paragraph ${at + 1} matches up to "${prefix}", then the report has ` +
				(next ? `"${next}…"` : 'nothing more') +
				` where the quote has "${words.slice(n, n + 6).join(' ')}…")`
			);
		}
	}
	return '';
}

/** Where `prefix` ends in `text` when it occurs ending on a word boundary, else -1. */
function wordPrefixEnd(text: string, prefix: string): number {
	for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
		const end = at + prefix.length;
		if (!/[\p{L}\p{N}]/u.test(text[end] ?? '')) return end;
	}
	return -1;
}
