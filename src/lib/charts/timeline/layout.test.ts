/**
 * The timeline's layout on the made-up fixture, piece by piece: lanes and sub-rows, the time scale,
 * labels, tap targets, height and a window's move. The real story's steps are checked in
 * layout-story.test.ts, the cost of the layout in layout-scaling.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../shared/text';
import { windowDomain } from '../shared/time';
import { CATEGORIES } from '$lib/content/vocabulary';
import { ev, FIXTURE } from './fixture.test-data';
import { assignRows, layoutTimeline, MIN_TARGET, verticalOf } from './layout';
import { base, collisions, EPS, hitBoxes, labelBoxes, mark, type Box } from './boxes.test-data';

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
