/**
 * The written key under the lanes: what solid, dashed and width mean, and the time zone when it
 * costs no extra line. Flows left to right, falling back to shorter wordings on narrow charts.
 */
import { wrapText, type MeasureText } from '../shared/text';
import { EDGE, FONT_SIZE, KEY_SWATCH, typeFor } from './metrics';
import type { KeyItemLayout, KeyKind } from './types';

/** Lays out the written key under the lanes; returns its height and items relative to its top. */
export function layoutKey(
	width: number,
	measure: MeasureText,
	fontSize = FONT_SIZE
): { height: number; items: KeyItemLayout[] } {
	const type = typeFor(fontSize);
	const texts: Record<KeyKind, [string, string]> = {
		solid: ['solid = time stated in the report', 'stated in report'],
		dashed: ['dashed = placed from context', 'placed from context'],
		width: ['width = the part of the day the report gives', 'width = part of the day given'],
		zone: ['Kyrgyzstan time (UTC+6)', 'local time (UTC+6)']
	};
	const size = (s: string) => measure(s, type.size);
	const flow = (variant: 0 | 1, kinds: KeyKind[]) => {
		const items: KeyItemLayout[] = [];
		const max = width - 2 * EDGE;
		let x = EDGE;
		let line = 0;
		let lineCount = 1;
		for (const kind of kinds) {
			const swatch = kind === 'zone' ? 0 : KEY_SWATCH + 6;
			// The zone has no swatch: a dot sets it apart from the item before it on its line.
			let text = kind === 'zone' && x > EDGE ? `· ${texts[kind][variant]}` : texts[kind][variant];
			if (x > EDGE && x + swatch + size(text) > EDGE + max) {
				line = lineCount;
				lineCount += 1;
				x = EDGE;
				text = texts[kind][variant];
			}
			let lines = [text];
			let w = swatch + size(text);
			if (w > max) {
				lines = wrapText(text, max - swatch, size);
				w = max;
			}
			items.push({ kind, x, textX: x + swatch, y: line * type.line + type.ascent, lines });
			if (lines.length > 1) {
				lineCount += lines.length - 1;
				line = lineCount;
				x = EDGE + max + 1; // force a new line after a wrapped item
			} else {
				x += w + 18;
			}
		}
		return { items, lines: lineCount };
	};
	const base: KeyKind[] = ['solid', 'dashed', 'width'];
	const long = flow(0, base);
	const variant = long.lines <= 2 ? 0 : 1;
	let chosen = variant === 0 ? long : flow(1, base);
	// The time zone is said only where it costs no extra line, or on wide charts.
	const withZone = flow(variant, [...base, 'zone']);
	if (withZone.lines === chosen.lines || width >= 600) chosen = withZone;
	return { height: chosen.lines * type.line + 2, items: chosen.items };
}
