/**
 * What keeps a step change of the live timeline cheap: layouts are remembered per state and box
 * (a reader going back to a step gets the layout it had, without laying it out again), and a new
 * layout hands back the very same mark objects for the events it did not change, so the chart
 * updates only the elements of the events that did (Svelte skips an item whose object is the one
 * it drew last time).
 */
import { layoutTimeline } from './layout';
import type { LabelLayout, LayoutInput, MarkLayout, TimelineLayout } from './types';

/** How many layouts are remembered: more than the steps a reader goes back and forth over. */
export const REMEMBERED_LAYOUTS = 24;

/**
 * `layoutTimeline`, remembering the last `REMEMBERED_LAYOUTS` results by everything they depend
 * on: the events and the measurer by identity, the rest by value. Least recently used goes first.
 */
export function memoLayout(
	layout: (input: LayoutInput) => TimelineLayout = layoutTimeline
): (input: LayoutInput) => TimelineLayout {
	const remembered = new Map<string, TimelineLayout>();
	const ids = new WeakMap<object, number>();
	let nextId = 0;
	const idOf = (thing: object | undefined) => {
		if (!thing) return -1;
		let id = ids.get(thing);
		if (id === undefined) ids.set(thing, (id = nextId++));
		return id;
	};
	return (input) => {
		const key = JSON.stringify([
			idOf(input.events),
			idOf(input.measure),
			input.width,
			input.height,
			input.window,
			input.focus,
			input.domain ?? null,
			input.fontSize ?? null,
			input.minRow ?? null
		]);
		const hit = remembered.get(key);
		if (hit) {
			remembered.delete(key);
			remembered.set(key, hit);
			return hit;
		}
		const fresh = layout(input);
		remembered.set(key, fresh);
		if (remembered.size > REMEMBERED_LAYOUTS) {
			const oldest = remembered.keys().next().value;
			if (oldest !== undefined) remembered.delete(oldest);
		}
		return fresh;
	};
}

const sameLabel = (a: LabelLayout | null, b: LabelLayout | null): boolean =>
	a === b ||
	(a !== null &&
		b !== null &&
		a.x === b.x &&
		a.textX === b.textX &&
		a.align === b.align &&
		a.swatch === b.swatch &&
		a.width === b.width &&
		a.weight === b.weight &&
		a.lines.length === b.lines.length &&
		a.lines.every((line, i) => line === b.lines[i]));

/** The two marks draw the same (every field the chart draws from is equal). */
export function sameMark(a: MarkLayout, b: MarkLayout): boolean {
	return (
		a.id === b.id &&
		a.event === b.event &&
		a.focused === b.focused &&
		a.visible === b.visible &&
		a.x0 === b.x0 &&
		a.x1 === b.x1 &&
		a.rowY === b.rowY &&
		a.rowHeight === b.rowHeight &&
		a.y === b.y &&
		a.height === b.height &&
		a.labelY === b.labelY &&
		sameLabel(a.label, b.label) &&
		(a.hit === b.hit ||
			(a.hit !== null && b.hit !== null && a.hit.x === b.hit.x && a.hit.width === b.hit.width))
	);
}

/**
 * `next` with each mark that draws the same as in `previous` replaced by `previous`'s object
 * (and `next` itself returned as it is when that is every mark and nothing else changed). O(n).
 */
export function keepUnchanged(
	previous: TimelineLayout | undefined,
	next: TimelineLayout
): TimelineLayout {
	if (!previous || previous === next || previous.marks.length !== next.marks.length) return next;
	let changed = false;
	const marks = next.marks.map((m, i) => {
		const before = previous.marks[i];
		if (before && sameMark(before, m)) return before;
		changed = true;
		return m;
	});
	return changed ? { ...next, marks } : { ...next, marks: previous.marks };
}
