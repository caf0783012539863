/**
 * Which lane and sub-row each event sits in. Independent of focus, window and size, so an event
 * keeps its row from step to step. O(n log n) in the number of events.
 */
import type { StoryEvent } from '$lib/content/types';
import { whenSpan } from '../shared/time';
import { CATEGORIES } from '$lib/content/vocabulary';

export interface Placed {
	lane: number;
	row: number;
	start: number;
	end: number;
}

/**
 * Sorts events by time: start of span, then end, then input order (stable). An event known only
 * to the day starts at 00:00, so it comes before a later part of the same day.
 */
export function sortByTime<T extends StoryEvent>(events: readonly T[]): T[] {
	return events
		.map((event, index) => ({ event, index, span: whenSpan(event.when) }))
		.sort(
			(a, b) =>
				a.span[0].getTime() - b.span[0].getTime() ||
				a.span[1].getTime() - b.span[1].getTime() ||
				a.index - b.index
		)
		.map((d) => d.event);
}

/** A binary min-heap of numbers, by a key. */
class Heap {
	#items: number[] = [];
	private key: (item: number) => number;
	constructor(key: (item: number) => number) {
		this.key = key;
	}
	get size(): number {
		return this.#items.length;
	}
	peek(): number | undefined {
		return this.#items[0];
	}
	push(item: number): void {
		const a = this.#items;
		a.push(item);
		for (let i = a.length - 1; i > 0;) {
			const parent = (i - 1) >> 1;
			if (this.key(a[parent]!) <= this.key(a[i]!)) break;
			[a[parent], a[i]] = [a[i]!, a[parent]!];
			i = parent;
		}
	}
	pop(): number | undefined {
		const a = this.#items;
		const top = a[0];
		const last = a.pop();
		if (a.length > 0 && last !== undefined) {
			a[0] = last;
			for (let i = 0; ;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let min = i;
				if (l < a.length && this.key(a[l]!) < this.key(a[min]!)) min = l;
				if (r < a.length && this.key(a[r]!) < this.key(a[min]!)) min = r;
				if (min === i) break;
				[a[min], a[i]] = [a[i]!, a[min]!];
				i = min;
			}
		}
		return top;
	}
}

/**
 * Puts each event in its category's lane and stacks overlapping spans in sub-rows: in time
 * order, each takes the lowest-numbered row that is free when it starts. Spans that only touch
 * (one ends at midnight, the next starts there) share a row. Two heaps per lane (rows busy, by
 * when they end; rows free, by number) keep it O(n log n).
 */
export function assignRows(events: readonly StoryEvent[]): {
	placed: Map<string, Placed>;
	rowsPerLane: number[];
} {
	const placed = new Map<string, Placed>();
	const lanes = CATEGORIES.map(() => {
		const ends: number[] = [];
		return { ends, busy: new Heap((row) => ends[row] ?? 0), free: new Heap((row) => row) };
	});
	for (const event of sortByTime(events)) {
		const lane = CATEGORIES.indexOf(event.category);
		const rows = lanes[lane];
		if (lane < 0 || !rows) throw new Error(`Unknown category "${event.category}" (${event.id})`);
		const [from, to] = whenSpan(event.when);
		const start = from.getTime();
		const end = to.getTime();
		while (rows.busy.size > 0 && (rows.ends[rows.busy.peek()!] ?? 0) <= start) {
			rows.free.push(rows.busy.pop()!);
		}
		const row = rows.free.pop() ?? rows.ends.length;
		rows.ends[row] = end;
		rows.busy.push(row);
		placed.set(event.id, { lane, row, start, end });
	}
	return { placed, rowsPerLane: lanes.map((rows) => Math.max(1, rows.ends.length)) };
}
