/**
 * Fitting chart labels without a DOM. Prerendering runs in Node, where text cannot be measured, so
 * layouts take a `measure` function: `estimateTextWidth` (a deliberately generous per-character
 * estimate) on the server, and a canvas measurement (`canvasMeasure`) in the browser once mounted.
 */

/** Measures the width in px of `text` in the chart's sans font at `size` px and `weight`. */
export type MeasureText = (text: string, size: number, weight?: number) => number;

const NARROW = new Set("il.,:;'|!’‘`ıj");
const SEMI = new Set('ftrI()[]-/ ');
const WIDE = new Set('mwMW@%');

/** Width in em of one character (see estimateTextWidth). */
function charEm(ch: string): number {
	if (NARROW.has(ch)) return 0.3;
	if (SEMI.has(ch)) return 0.38;
	if (WIDE.has(ch)) return 0.92;
	if (ch >= 'A' && ch <= 'Z') return 0.72;
	if (ch >= '0' && ch <= '9') return 0.64;
	return 0.6;
}

/** charEm of the ASCII characters, looked up by code (layouts call this thousands of times). */
const ASCII_EM = Float64Array.from({ length: 128 }, (_, code) => charEm(String.fromCharCode(code)));

/** Width in em of each string measured so far: layouts measure the same labels again and again. */
const emCache = new Map<string, number>();

/**
 * A generous estimate of the rendered width (px) of `text` in a system sans-serif. It errs wide
 * (about 10% over Arial, close to DejaVu Sans) so labels placed with it never collide.
 */
export function estimateTextWidth(text: string, size: number, weight = 400): number {
	let em = emCache.get(text);
	if (em === undefined) {
		em = 0;
		for (let i = 0; i < text.length; i++) {
			const code = text.charCodeAt(i);
			// Outside ASCII, whole code points (a surrogate pair is one character).
			if (code < 128) em += ASCII_EM[code]!;
			else {
				const ch = String.fromCodePoint(text.codePointAt(i)!);
				em += charEm(ch);
				i += ch.length - 1;
			}
		}
		if (emCache.size > 4000) emCache.clear();
		emCache.set(text, em);
	}
	return em * size * (weight >= 600 ? 1.06 : 1);
}

/**
 * A measurer backed by a canvas 2D context, for the browser only (call inside onMount/$effect).
 * Line fitting asks for the width of every candidate line, so it measures each word once (per
 * font) and adds the spaces: a few hundred canvas measurements instead of thousands. Kerning
 * across a space is negligible; a pixel of slack per line covers hinting differences between
 * canvas and SVG text.
 */
export function canvasMeasure(fontFamily: string): MeasureText | null {
	const ctx = document.createElement('canvas').getContext('2d');
	if (!ctx) return null;
	const words = new Map<string, number>();
	// Setting ctx.font parses the font string: do it only when the font changes.
	let font = '';
	const word = (text: string, size: number, weight: number) => {
		const key = `${weight}/${size}/${text}`;
		let width = words.get(key);
		if (width === undefined) {
			const next = `${weight} ${size}px ${fontFamily}`;
			if (next !== font) ctx.font = font = next;
			width = ctx.measureText(text).width;
			words.set(key, width);
		}
		return width;
	};
	// And each whole string once: a transition lays the labels out again on every frame.
	const lines = new Map<string, number>();
	return (text, size, weight = 400) => {
		const key = `${weight}/${size}/${text}`;
		let width = lines.get(key);
		if (width === undefined) {
			const parts = text.split(' ');
			let sum = (parts.length - 1) * word(' ', size, weight);
			for (const part of parts) if (part) sum += word(part, size, weight);
			width = Math.ceil(sum) + 1;
			if (lines.size > 4000) lines.clear();
			lines.set(key, width);
		}
		return width;
	};
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (px), at spaces, as many lines as it takes.
 * Nothing is ever cut or dropped: the lines joined with spaces are the text (its runs of spaces
 * collapsed). A single word wider than `maxWidth` gets a line of its own, still whole; callers
 * check the widest line (`widestLine`) and place the label elsewhere when it does not fit.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let i = 0;
	while (i < words.length) {
		let line = words[i] ?? '';
		i += 1;
		while (i < words.length && measure(`${line} ${words[i]}`) <= maxWidth) {
			line = `${line} ${words[i]}`;
			i += 1;
		}
		lines.push(line);
	}
	return lines;
}

/** Width (px) of the widest of `lines`; 0 for none. */
export function widestLine(lines: readonly string[], measure: (s: string) => number): number {
	let widest = 0;
	for (const line of lines) widest = Math.max(widest, measure(line));
	return widest;
}
