/**
 * The numbers check: every number written in digits in the story prose must come from the report
 * or from the outside facts (facts.yaml, next.yaml). Build time only.
 */

/** A number found in a text, with the 1-based line it is on (relative to the text). */
export interface FoundNumber {
	/** As written, e.g. "1,000" or "42.875". */
	written: string;
	/** Canonical form used for comparison, e.g. "1000", "42.875", "6" for "06". */
	value: string;
	line: number;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;

/** Canonical form of a number as written: no thousands commas, no leading zeros, no trailing decimal zeros. */
export function canonicalNumber(written: string): string {
	const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(written) ? written.replace(/,/g, '') : written;
	const parsed = Number(plain);
	return Number.isFinite(parsed) ? String(parsed) : plain;
}

/** Every number written in digits in `text`. */
export function findNumbers(text: string): FoundNumber[] {
	const found: FoundNumber[] = [];
	text.split('\n').forEach((line, i) => {
		for (const match of line.matchAll(NUMBER)) {
			// "4,5" style lists are two numbers; "1,000" is one.
			const parts = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(match[0]) ? [match[0]] : match[0].split(',');
			for (const part of parts) {
				found.push({ written: part, value: canonicalNumber(part), line: i + 1 });
			}
		}
	});
	return found;
}

/** The set of canonical numbers that the given texts contain. */
export function numbersIn(texts: readonly string[]): Set<string> {
	return new Set(texts.flatMap((text) => findNumbers(text).map((n) => n.value)));
}

/** A reference to a paragraph of the report inside the prose, e.g. `#p-22` or "paragraph 22". */
export interface ParagraphReference {
	paragraph: number;
	line: number;
}

const PARAGRAPH_REFERENCE = /(?:#p-|\bparagraphs?\s+|\bp\.\s*)(\d+)\b/g;

/**
 * Removes what is not reader-visible prose from an mdsvex body (HTML comments, tags and their
 * attributes, link targets) and pulls out references to the report's paragraphs, keeping line
 * numbers intact so problems point at the right line.
 */
export function prepareProse(body: string): { text: string; references: ParagraphReference[] } {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	const visible = body
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/<\/?[A-Za-z][^>]*>/g, blank)
		.replace(/\]\([^)]*\)/g, (m) => ']' + blank(m.slice(1)));
	const references: ParagraphReference[] = [];
	const text = visible
		.split('\n')
		.map((line, i) => {
			// References in link targets ("(#p-22)") were blanked above; find them in the original too.
			for (const match of (body.split('\n')[i] ?? '').matchAll(PARAGRAPH_REFERENCE)) {
				references.push({ paragraph: Number(match[1]), line: i + 1 });
			}
			return line.replace(PARAGRAPH_REFERENCE, (m) => blank(m));
		})
		.join('\n');
	return { text, references };
}
