import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../build/content/load';
import type { TimelineState } from '$lib/content/types';
import { estimateTextWidth, type MeasureText } from '../shared/text';
import { windowDomain } from '../shared/time';
import { CATEGORIES } from '$lib/content/vocabulary';
import { ev, FIXTURE } from './fixture.test-data';
import {
	assignRows,
	layoutTimeline,
	MIN_TARGET,
	verticalOf,
	type LayoutInput,
	type TimelineLayout
} from './layout';
import { measureWide, prerenderFor } from './prerender';

/** Float slack for positions summed from fractional row heights. */
const EPS = 1e-6;
const base: LayoutInput = { events: FIXTURE, width: 390, height: 420, window: null, focus: [] };
const mark = (l: TimelineLayout, id: string) => {
	const m = l.marks.find((x) => x.id === id);
	if (!m) throw new Error(`no mark ${id}`);
	return m;
};

interface Box {
	what: string;
	x0: number;
	x1: number;
	y0: number;
	y1: number;
}

/** Every label's box (each line's text, plus the swatch), as the reader would see it. */
function labelBoxes(l: TimelineLayout): Box[] {
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

function hitBoxes(l: TimelineLayout): Box[] {
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

const overlaps = (a: Box, b: Box) =>
	a.x0 < b.x1 - EPS && b.x0 < a.x1 - EPS && a.y0 < b.y1 - EPS && b.y0 < a.y1 - EPS;

function collisions(boxes: Box[]): string[] {
	const out: string[] = [];
	boxes.forEach((a, i) =>
		boxes.slice(i + 1).forEach((b) => {
			if (overlaps(a, b)) out.push(`${a.what} × ${b.what}`);
		})
	);
	return out;
}

describe('lanes and sub-rows', () => {
	it('puts lanes in the fixed order, whatever order the events come in', () => {
		const l = layoutTimeline({ ...base, events: [...FIXTURE].reverse() });
		expect(l.lanes.map((lane) => lane.category)).toEqual([...CATEGORIES]);
		expect(CATEGORIES).toEqual([
			'election',
			'protest',
			'prisoners',
			'government',
			'economy',
			'international'
		]);
		// a lane with no events still has its place (economy here)
		const economy = l.lanes[4]!;
		expect(economy.height).toBeGreaterThan(0);
		for (let i = 1; i < l.lanes.length; i++) {
			expect(l.lanes[i]!.y).toBeCloseTo(l.lanes[i - 1]!.y + l.lanes[i - 1]!.height, 6);
		}
	});

	it('stacks overlapping spans in sub-rows; spans that only touch share a row', () => {
		const { placed, rowsPerLane } = assignRows(FIXTURE);
		const row = (id: string) => placed.get(id)!.row;
		// Monday: two whole-day events overlap
		expect(row('gates')).not.toBe(row('teargas'));
		// Tuesday early morning starts when Monday ends: same row as a Monday event
		expect(row('storm')).toBe(row('gates'));
		// afternoon (12-18) and evening (17-23) overlap by an hour
		expect(row('count')).not.toBe(row('hotel'));
		// the whole-day seizure overlaps everything on Tuesday
		expect(row('seized')).not.toBe(row('storm'));
		expect(row('seized')).not.toBe(row('count'));
		expect(rowsPerLane[CATEGORIES.indexOf('protest')]).toBe(3);
		// evening, evening and night (20-24) all overlap
		expect(new Set(['speaker', 'proposed', 'bbc'].map(row)).size).toBe(3);
	});

	it('never draws two events of a lane on top of each other', () => {
		for (const focus of [[], ['count', 'hotel'], ['speaker', 'proposed', 'bbc']]) {
			const l = layoutTimeline({
				...base,
				focus,
				window: ['2020-10-06T00:00', '2020-10-07T00:00']
			});
			const bars = l.marks
				.filter((m) => m.visible)
				.map((m) => ({ what: m.id, x0: m.x0, x1: m.x1, y0: m.y, y1: m.y + m.height }));
			expect(collisions(bars)).toEqual([]);
		}
	});

	it('opens up the rows of focused events and keeps the others thin', () => {
		const l = layoutTimeline({ ...base, focus: ['storm'] });
		const storm = mark(l, 'storm');
		const gates = mark(l, 'gates'); // same row as storm
		const teargas = mark(l, 'teargas');
		expect(storm.rowHeight).toBeGreaterThanOrEqual(MIN_TARGET);
		expect(storm.height).toBeGreaterThan(teargas.height);
		expect(gates.rowY).toBe(storm.rowY);
		expect(gates.height).toBeLessThan(storm.height); // receded in a focused row: thinner
		expect(teargas.rowHeight).toBeLessThan(20);
	});
});

describe('time scale, spans, days and ticks', () => {
	it('maps the whole story (Sun 4 00:00 to Wed 7 00:00) onto the plot, three equal days', () => {
		const l = layoutTimeline(base);
		const { left, right } = l.plot;
		const third = (right - left) / 3;
		expect(l.days.map((d) => d.label)).toEqual(['Sun 4 Oct', 'Mon 5 Oct', 'Tue 6 Oct']);
		expect(l.days[0]!.x0).toBeCloseTo(left, 6);
		expect(l.days[1]!.boundary).toBeCloseTo(left + third, 6);
		expect(l.days[2]!.boundary).toBeCloseTo(left + 2 * third, 6);
		expect(l.days[2]!.x1).toBeCloseTo(right, 6);
		expect(l.days.map((d) => d.shaded)).toEqual([false, true, false]);
	});

	it('draws "early on Tuesday" as a span over 00:00-09:00, and a day-only event over the day', () => {
		const l = layoutTimeline(base);
		const perHour = (l.plot.right - l.plot.left) / 72;
		const storm = mark(l, 'storm');
		const tuesday = l.plot.left + 48 * perHour;
		expect(storm.x0).toBeCloseTo(tuesday + 1, 6); // 1 px inset so touching spans stay apart
		expect(storm.x1).toBeCloseTo(tuesday + 9 * perHour - 1, 6);
		const vote = mark(l, 'vote');
		expect(vote.x1 - vote.x0).toBeCloseTo(24 * perHour - 2, 6);
		const bbc = mark(l, 'bbc');
		expect(bbc.x1).toBeCloseTo(l.plot.right - 1, 6);
		expect(bbc.x1 - bbc.x0).toBeCloseTo(4 * perHour - 2, 6);
	});

	it('zooms to a window: only what falls inside is visible, hours are ticked', () => {
		const l = layoutTimeline({
			...base,
			width: 1200,
			window: ['2020-10-05T00:00', '2020-10-06T00:00']
		});
		expect(l.days.map((d) => d.label)).toEqual(['Mon 5 Oct']);
		expect(mark(l, 'teargas').visible).toBe(true);
		expect(mark(l, 'storm').visible).toBe(false);
		expect(mark(l, 'vote').visible).toBe(false);
		const perHour = (l.plot.right - l.plot.left) / 24;
		const noon = l.ticks.find((t) => t.label === '12:00');
		expect(noon?.x).toBeCloseTo(l.plot.left + 12 * perHour, 6);
		expect(l.ticks.every((t) => t.label !== '00:00')).toBe(true);
	});

	it('a window cutting a day keeps that day’s label inside the plot, shortened if needed', () => {
		const l = layoutTimeline({ ...base, window: ['2020-10-05T12:00', '2020-10-06T12:00'] });
		const [monday, tuesday] = l.days;
		expect(monday?.boundary).toBeNull(); // Monday's midnight is outside the window
		expect(monday?.labelX).toBeGreaterThanOrEqual(l.plot.left);
		expect(tuesday?.boundary).toBeCloseTo((l.plot.left + l.plot.right) / 2, 6);
		for (const d of l.days) {
			if (d.label) expect(estimateTextWidth(d.label, 13, 600)).toBeLessThanOrEqual(d.x1 - d.x0);
		}
	});

	it('tick labels never collide with day labels or each other', () => {
		for (const width of [280, 390, 800, 1400]) {
			for (const window of [null, ['2020-10-06T00:00', '2020-10-07T00:00']] as const) {
				const l = layoutTimeline({ ...base, width, window });
				const boxes: Box[] = [
					...l.days
						.filter((d) => d.label)
						.map((d) => ({
							what: d.day,
							x0: d.labelX,
							x1: d.labelX + estimateTextWidth(d.label!, 13, 600),
							y0: 0,
							y1: 1
						})),
					...l.ticks
						.filter((t) => t.label)
						.map((t) => {
							const half = estimateTextWidth(t.label!, 13) / 2;
							return { what: t.label!, x0: t.x - half, x1: t.x + half, y0: 0, y1: 1 };
						})
				];
				expect(collisions(boxes), `${width} ${window}`).toEqual([]);
				for (const b of boxes) {
					expect(b.x0).toBeGreaterThanOrEqual(l.plot.left);
					expect(b.x1).toBeLessThanOrEqual(l.plot.right + 0.001);
				}
			}
		}
	});
});

describe('labels', () => {
	it('labels focused events only on a phone; grey events stay unlabelled', () => {
		const l = layoutTimeline({ ...base, focus: ['storm', 'bbc'] });
		expect(
			l.marks
				.filter((m) => m.label)
				.map((m) => m.id)
				.sort()
		).toEqual(['bbc', 'storm']);
		expect(l.contextLabels).toBe(false);
	});

	it('labels grey events too, in one muted line, when a wide chart has the room', () => {
		const l = layoutTimeline({ ...base, width: 1200, height: 900, focus: ['storm'] });
		expect(l.contextLabels).toBe(true);
		const teargas = mark(l, 'teargas');
		expect(teargas.label?.lines).toHaveLength(1);
		expect(teargas.label?.weight).toBe(400);
		expect(mark(l, 'storm').label?.weight).toBe(600);
	});

	it('two focused events in one row get a label each, stacked, never overlapping', () => {
		// vote (Sunday) and a Tuesday election event share the election row
		const events = [...FIXTURE, ev('annulled', 'election', '2020-10-06', 'day', true)];
		const l = layoutTimeline({ ...base, events, focus: ['vote', 'annulled'] });
		expect(mark(l, 'vote').row).toBe(mark(l, 'annulled').row);
		expect(mark(l, 'vote').label).not.toBeNull();
		expect(mark(l, 'annulled').label).not.toBeNull();
		expect(collisions(labelBoxes(l))).toEqual([]);
	});

	it('shows the short chart label, never the title, and never cuts it (a narrow chart)', () => {
		const l = layoutTimeline({ ...base, width: 280, focus: ['storm', 'bbc'] });
		for (const id of ['storm', 'bbc']) {
			const m = mark(l, id);
			expect(m.label?.lines.join(' ')).toBe(m.event.chartLabel);
			for (const line of m.label?.lines ?? []) {
				expect(estimateTextWidth(line, 13, 600)).toBeLessThanOrEqual(l.plot.right - l.plot.left);
			}
		}
	});
});

describe('tap targets', () => {
	it('are at least 44 x 44 px, even for a thin span, and only for focused events', () => {
		const l = layoutTimeline({ ...base, focus: ['bbc', 'storm', 'vote'] });
		const hits = hitBoxes(l);
		expect(hits.map((h) => h.what).sort()).toEqual(['bbc', 'storm', 'vote']);
		const bbc = mark(l, 'bbc');
		expect(bbc.x1 - bbc.x0).toBeLessThan(MIN_TARGET); // four hours of three days on a phone
		for (const h of hits) {
			expect(h.x1 - h.x0).toBeGreaterThanOrEqual(MIN_TARGET - EPS);
			expect(h.y1 - h.y0).toBeGreaterThanOrEqual(MIN_TARGET - EPS);
			expect(h.x0).toBeGreaterThanOrEqual(0);
			expect(h.x1).toBeLessThanOrEqual(l.width);
		}
		expect(collisions(hits)).toEqual([]);
	});

	it('widens a short label over a thin span to 44 px, centred on it', () => {
		const events = [ev('x', 'international', '2020-10-05', 'night', false, 'A title', 'X')];
		const l = layoutTimeline({ ...base, width: 280, events, focus: ['x'] });
		const x = mark(l, 'x');
		expect(x.label!.width).toBeLessThan(MIN_TARGET);
		expect(x.x1 - x.x0).toBeLessThan(MIN_TARGET);
		expect(x.hit!.width).toBeCloseTo(MIN_TARGET, 6);
		const centre = (Math.min(x.x0, x.label!.x) + Math.max(x.x1, x.label!.x + x.label!.width)) / 2;
		expect(x.hit!.x + x.hit!.width / 2).toBeCloseTo(centre, 6);
	});

	it('an event outside the window has no target', () => {
		const l = layoutTimeline({
			...base,
			focus: ['vote', 'teargas'],
			window: ['2020-10-05T00:00', '2020-10-06T00:00']
		});
		expect(mark(l, 'vote').hit).toBeNull();
		expect(mark(l, 'teargas').hit).not.toBeNull();
	});
});

describe('height', () => {
	it('falls back step by step on short charts, and says so when nothing fits', () => {
		const tall = layoutTimeline({ ...base, focus: ['storm', 'bbc'], height: 900 });
		const short = layoutTimeline({ ...base, focus: ['storm', 'bbc'], height: 300 });
		expect(tall.overflow).toBe(false);
		expect(tall.focusLines).toBeGreaterThanOrEqual(short.focusLines);
		const tiny = layoutTimeline({ ...base, focus: ['storm', 'bbc', 'vote', 'count'], height: 120 });
		expect(tiny.overflow).toBe(true);
		expect(tiny.height).toBeGreaterThan(120);
		expect(tiny.key.y + tiny.key.height).toBeLessThanOrEqual(tiny.height);
	});

	it('keeps everything inside the box it was given when it fits', () => {
		const l = layoutTimeline({ ...base, focus: ['storm'], height: 420 });
		expect(l.overflow).toBe(false);
		expect(l.height).toBe(420);
		expect(l.key.y + l.key.height).toBeLessThanOrEqual(420);
		for (const m of l.marks) expect(m.rowY + m.rowHeight).toBeLessThanOrEqual(l.plot.bottom);
	});
});

describe('transitions', () => {
	it('keeps rows still while the window tweens, and lands exactly on the target', () => {
		const window = ['2020-10-06T00:00', '2020-10-07T00:00'] as const;
		const target = layoutTimeline({ ...base, window, focus: ['storm', 'count'] });
		const [a0, a1] = windowDomain(null);
		const [b0, b1] = windowDomain(window);
		const half = layoutTimeline({
			...base,
			window,
			focus: ['storm', 'count'],
			domain: [(a0 + b0) / 2, (a1 + b1) / 2]
		});
		expect(verticalOf(half)).toEqual(verticalOf(target));
		expect(collisions(labelBoxes(half))).toEqual([]);
		// mid-way, labels keep to the line count of the target (rows do not grow or shrink)
		for (const m of half.marks) {
			const t = target.marks.find((x) => x.id === m.id)!;
			if (m.label && t.label)
				expect(m.label.lines.length).toBeLessThanOrEqual(t.label.lines.length);
		}
		const landed = layoutTimeline({ ...base, window, focus: ['storm', 'count'], domain: [b0, b1] });
		expect(landed).toEqual(target);
	});
});

describe('the real story, every timeline step', () => {
	const { content } = loadContent(path.resolve('content'));
	const steps = content.steps.filter((s) => s.state?.chart === 'timeline');

	it('has timeline steps to check', () => {
		expect(steps.length).toBeGreaterThan(5);
	});

	/** The visible part of every bar, as drawn (clipped to the plot). */
	const barBoxes = (l: TimelineLayout): Box[] =>
		l.marks
			.filter((m) => m.visible)
			.map((m) => ({
				what: `bar ${m.id}`,
				x0: Math.max(m.x0, l.plot.left),
				x1: Math.min(m.x1, l.plot.right),
				y0: m.y,
				y1: m.y + m.height
			}));

	/** The day names and hour labels above the lanes. */
	const axisBoxes = (l: TimelineLayout): Box[] => {
		const y0 = l.axisY - l.fontSize;
		const y1 = l.axisY + 3;
		return [
			...l.days
				.filter((d) => d.label)
				.map((d) => ({
					what: d.label!,
					x0: d.labelX,
					x1: d.labelX + estimateTextWidth(d.label!, l.fontSize, 600),
					y0,
					y1
				})),
			...l.ticks
				.filter((t) => t.label)
				.map((t) => {
					const half = estimateTextWidth(t.label!, l.fontSize) / 2;
					return { what: t.label!, x0: t.x - half, x1: t.x + half, y0, y1 };
				})
		];
	};

	/** The boxes' collisions with `others` (anything but a label's own entry). */
	const hits = (labels: Box[], others: Box[]) =>
		labels.flatMap((a) => others.filter((b) => overlaps(a, b)).map((b) => `${a.what} × ${b.what}`));

	// Widths from the narrowest phone to a wide desktop, each with a box height like the page's.
	interface Case {
		width: number;
		height: number;
		measure?: MeasureText;
		minRow?: number;
		fontSize?: number;
	}
	const cases: Case[] = [
		// the prerender: the narrowest phone's box, text measured wide (prerender.ts)
		{ ...prerenderFor(390, 340), measure: measureWide },
		...(
			[
				[300, 260],
				[320, 260],
				[360, 300],
				[374, 357], // the story page's phone box at 390 x 844
				[390, 340],
				[600, 420],
				[768, 420],
				[1024, 600],
				[1440, 760]
			] as const
		).map(([width, height]) => ({ width, height }))
	];
	for (const { width, height, measure, minRow, fontSize: pre } of cases) {
		const how = measure ? ' (prerendered)' : '';
		it(`at ${width} x ${height}${how}: every label whole, clear of text, bars and edges; targets >= 44 px`, () => {
			for (const step of steps) {
				const state = step.state as TimelineState;
				for (const fontSize of pre ? [pre] : [13, 16]) {
					const l = layoutTimeline({
						events: content.events,
						width,
						height,
						window: state.window,
						focus: state.focus,
						fontSize,
						measure,
						minRow
					});
					const where = `${step.id} ${width}x${height}${how} ${fontSize}px`;
					const labels = labelBoxes(l);
					for (const m of l.marks) {
						if (!m.label) continue;
						// whole: the chart label itself, never cut, at most three lines
						expect(m.label.lines.join(' '), `${where} ${m.id}`).toBe(m.event.chartLabel);
						for (const line of m.label.lines) expect(line, where).not.toMatch(/…$/);
						expect(m.label.lines.length, `${where} ${m.id}`).toBeLessThanOrEqual(3);
					}
					expect(collisions(labels), where).toEqual([]);
					expect(hits(labels, barBoxes(l)), where).toEqual([]);
					expect(hits(labels, axisBoxes(l)), where).toEqual([]);
					for (const b of labels) {
						expect(b.x0, `${where} ${b.what}`).toBeGreaterThanOrEqual(l.plot.left - EPS);
						expect(b.x1, `${where} ${b.what}`).toBeLessThanOrEqual(l.plot.right + EPS);
						expect(b.y0, `${where} ${b.what}`).toBeGreaterThanOrEqual(l.plot.top - EPS);
						expect(b.y1, `${where} ${b.what}`).toBeLessThanOrEqual(l.plot.bottom + EPS);
					}
					// every focused event inside the window has its label and a target
					for (const id of state.focus) {
						const m = mark(l, id);
						if (!m.visible) continue;
						expect(m.label, `${where} ${id} label`).not.toBeNull();
						expect(m.hit, `${where} ${id} target`).not.toBeNull();
					}
					const targets = hitBoxes(l);
					expect(collisions(targets), where).toEqual([]);
					for (const h of targets) {
						expect(h.x1 - h.x0, where).toBeGreaterThanOrEqual(MIN_TARGET - EPS);
						expect(h.y1 - h.y0, where).toBeGreaterThanOrEqual((minRow ?? MIN_TARGET) - EPS);
					}
				}
			}
		});
	}

	it('has no way to cut a label: no ellipsis anywhere in the timeline’s layout code', () => {
		const dir = path.resolve('src/lib/charts/timeline');
		const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test'));
		for (const file of [
			...files.map((f) => path.join(dir, f)),
			path.resolve('src/lib/charts/shared/text.ts')
		]) {
			expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/…|\\u2026|ellipsi[sz]/i);
		}
	});
});

describe('scales with the number of events (nothing worse than n log n)', () => {
	/** The fixture `copies` times over, with fresh ids, spread over the parts of the day. */
	const many = (copies: number) =>
		Array.from({ length: copies }, (_, k) =>
			FIXTURE.map((e) => ({
				...ev(
					`${e.id}-${k}`,
					e.category,
					e.when.day,
					(['early-morning', 'morning', 'afternoon', 'evening', 'night', 'day'] as const)[k % 6]!,
					e.when.inferred,
					`${e.title} ${k}`
				)
			}))
		).flat();

	/** How often the layout measures text, for `events` with a tenth of them focused. */
	function cost(events: ReturnType<typeof many>, width: number) {
		let calls = 0;
		const measure = (text: string, size: number, weight?: number) => {
			calls += 1;
			return estimateTextWidth(text, size, weight);
		};
		const focus = events.filter((_, i) => i % 10 === 0).map((e) => e.id);
		const started = performance.now();
		const l = layoutTimeline({ events, width, height: 600, window: null, focus, measure });
		return { calls, ms: performance.now() - started, marks: l.marks.length };
	}

	it('lays out 10x the fixture about 10x as hard, and 100x about 100x, in well under a second', () => {
		for (const width of [390, 1400]) {
			const small = cost(many(10), width);
			const large = cost(many(100), width);
			expect(small.marks).toBe(FIXTURE.length * 10);
			expect(large.marks).toBe(FIXTURE.length * 100);
			// Linear would be 10; n log n about 13; quadratic 100.
			expect(large.calls / small.calls, `${width}px`).toBeLessThan(16);
			expect(large.ms, `${width}px`).toBeLessThan(1000);
		}
	});

	it('stacks rows exactly like the first-free-row rule, done the slow way', () => {
		const events = many(30);
		const { placed } = assignRows(events);
		// The reference: for each event in time order, the first row whose last span has ended.
		const ends = new Map<string, number[]>();
		const sorted = [...events].sort(
			(a, b) =>
				Date.parse(`${a.when.day}T00:00Z`) - Date.parse(`${b.when.day}T00:00Z`) ||
				placed.get(a.id)!.start - placed.get(b.id)!.start ||
				placed.get(a.id)!.end - placed.get(b.id)!.end ||
				events.indexOf(a) - events.indexOf(b)
		);
		for (const e of sorted) {
			const p = placed.get(e.id)!;
			const rows = ends.get(e.category) ?? [];
			let row = rows.findIndex((end) => end <= p.start);
			if (row < 0) row = rows.length;
			rows[row] = p.end;
			ends.set(e.category, rows);
			expect(p.row, e.id).toBe(row);
		}
	});
});
