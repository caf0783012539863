/**
 * What the timeline's layout tests share: the fixture's base input, a mark by id, and the boxes a
 * reader would see (labels, tap targets), with a check for any two that overlap. Not used by the
 * app.
 */
import { FIXTURE } from './fixture.test-data';
import type { LayoutInput, TimelineLayout } from './layout';

/** Float slack for positions summed from fractional row heights. */
export const EPS = 1e-6;
export const base: LayoutInput = {
	events: FIXTURE,
	width: 390,
	height: 420,
	window: null,
	focus: []
};
export const mark = (l: TimelineLayout, id: string) => {
	const m = l.marks.find((x) => x.id === id);
	if (!m) throw new Error(`no mark ${id}`);
	return m;
};

export interface Box {
	what: string;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** Every label's box (each line's text, plus the swatch), as the reader would see it. */
export function labelBoxes(l: TimelineLayout): Box[] {
	const boxes: Box[] = [];
	for (const m of l.marks) {
		if (!m.label) continue;
		const top = m.labelY - l.fontSize;
		boxes.push({
			what: m.id,
			x0: m.label.x,
			x1: m.label.x + m.label.width,
			y0: top,
			y1: top + (m.label.lines.length - 1) * l.lineHeight + l.fontSize + 3
		});
	}
	return boxes;
}

export function hitBoxes(l: TimelineLayout): Box[] {
	return l.marks
		.filter((m) => m.hit)
		.map((m) => ({
			what: m.id,
			x0: m.hit!.x,
			x1: m.hit!.x + m.hit!.width,
			y0: m.rowY,
			y1: m.rowY + m.rowHeight
		}));
}

export const overlaps = (a: Box, b: Box) =>
	a.x0 < b.x1 - EPS && b.x0 < a.x1 - EPS && a.y0 < b.y1 - EPS && b.y0 < a.y1 - EPS;

export function collisions(boxes: Box[]): string[] {
	const out: string[] = [];
	boxes.forEach((a, i) =>
		boxes.slice(i + 1).forEach((b) => {
			if (overlaps(a, b)) out.push(`${a.what} × ${b.what}`);
		})
	);
	return out;
}
