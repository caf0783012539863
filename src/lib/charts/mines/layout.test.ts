/**
 * The mines chart's parts: where the map, the note and the status panel go in its box
 * (layout.ts), the sites' tap targets, the status marks and groups, and the prerender's box.
 * The labels on the map are map-labels.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { STATUSES } from '$lib/content/vocabulary';
import { pathPoints } from '../../../build/mines-map/map-geometry';
import { flowLines, minesLayout, prerenderBox, NARROWEST_MAP_BOX, NOTE_HEIGHT } from './layout';
import { mapLabels } from './map-labels';
import { overlaps, type Box } from './place-labels';
import { tapTargets } from './tap-targets';
import { groupByStatus, isHighlighted, showsStatus, statusShape } from './status';
import { content, list, map, sizes, tight } from './fixture.test-data';

describe('minesLayout', () => {
	it('puts the status chart beside the map on wide screens, under it on phones', () => {
		expect(minesLayout(1000, 500, map.width, map.height, list)).toMatchObject({
			mode: 'side',
			panel: { kind: 'chart' }
		});
		// A desktop graphic column (about 760x690): the chart goes under a big map.
		expect(minesLayout(760, 690, map.width, map.height, list)).toMatchObject({
			mode: 'stacked',
			panel: { kind: 'chart', columns: 2 }
		});
		expect(minesLayout(390, 420, map.width, map.height, list)).toMatchObject({
			mode: 'stacked',
			panel: { kind: 'list' }
		});
		// A 374x300 phone box keeps the full-width map (the list then gives counts, the map the
		// names); a 390x420 one has room for the names in the list too.
		const phone = minesLayout(374, 300, map.width, map.height, list);
		expect(phone.map.w).toBe(374);
		// Since the statuses keep the report's hedges (five groups, longer words), the counts take
		// a third line there, so the map is a little smaller than before (0.6, was 0.65).
		expect(phone.map.scale).toBeGreaterThanOrEqual(0.6);
		expect(minesLayout(390, 420, map.width, map.height, list).panel.names).toBe(true);
	});

	for (const [w, h] of sizes) {
		it(`${w}x${h}: the parts fit the box without overlapping`, () => {
			const l = minesLayout(w, h, map.width, map.height, list);
			const mapBox: Box = { x: l.map.x, y: l.map.y, w: l.map.w, h: l.map.h };
			for (const b of [mapBox, l.note, l.panel]) {
				expect(b.x).toBeGreaterThanOrEqual(0);
				expect(b.x + b.w).toBeLessThanOrEqual(w + 1e-9);
				expect(b.y + b.h).toBeLessThanOrEqual(h + 1e-9);
			}
			expect(overlaps(mapBox, l.note)).toBe(false);
			expect(overlaps(mapBox, l.panel)).toBe(false);
			expect(overlaps(l.note, l.panel)).toBe(false);
			expect(l.note.h).toBeGreaterThanOrEqual(NOTE_HEIGHT);
			// The panel's estimated content fits in its box.
			const need =
				l.panel.kind === 'list'
					? list.list(l.panel.w, l.panel.names)
					: list.chart(l.panel.w, l.panel.columns);
			if (l.mode === 'stacked' || h >= 520) expect(need).toBeLessThanOrEqual(l.panel.h + 1e-9);
			// Kyrgyzstan (all of it) and every site stay inside the map's box.
			const pts = pathPoints(map.country);
			for (const p of [...pts, ...map.sites, map.bishkek]) {
				const x = l.map.offsetX + p.x * l.map.scale;
				const y = l.map.offsetY + p.y * l.map.scale;
				expect(x).toBeGreaterThanOrEqual(0);
				expect(x).toBeLessThanOrEqual(l.map.w);
				expect(y).toBeGreaterThanOrEqual(0);
				expect(y).toBeLessThanOrEqual(l.map.h);
			}
		});
	}

	it('gives the map most of a phone-sized box (390x420)', () => {
		const l = minesLayout(390, 420, map.width, map.height, list);
		expect(l.map.w).toBe(390);
		expect(l.map.scale).toBeGreaterThan(0.7);
	});

	it('flows list items onto lines', () => {
		expect(flowLines([100, 100, 100], 250, 10)).toBe(2);
		expect(flowLines([100, 100, 100], 320, 10)).toBe(1);
		expect(flowLines([250, 50], 100, 10)).toBe(4);
	});
});

describe('tapTargets', () => {
	/** Each target is 44 x 44, inside the bounds, covers its mark and overlaps no other. */
	function expectSeparate(points: { x: number; y: number }[], bounds: Box) {
		const boxes = tapTargets(points, bounds);
		boxes.forEach((b, i) => {
			const p = points[i]!;
			expect([b.w, b.h]).toEqual([44, 44]);
			expect(b.x).toBeGreaterThanOrEqual(bounds.x);
			expect(b.y).toBeGreaterThanOrEqual(bounds.y);
			expect(b.x + b.w).toBeLessThanOrEqual(bounds.x + bounds.w + 1e-9);
			expect(b.y + b.h).toBeLessThanOrEqual(bounds.y + bounds.h + 1e-9);
			expect(p.x - b.x).toBeGreaterThanOrEqual(6 - 1e-9);
			expect(b.x + b.w - p.x).toBeGreaterThanOrEqual(6 - 1e-9);
			expect(p.y - b.y).toBeGreaterThanOrEqual(6 - 1e-9);
			expect(b.y + b.h - p.y).toBeGreaterThanOrEqual(6 - 1e-9);
			for (const other of boxes.slice(i + 1)) expect(overlaps(b, other)).toBe(false);
		});
		return boxes;
	}

	it('centres a lone target on its mark, and keeps it inside at an edge', () => {
		const bounds = { x: 0, y: 0, w: 300, h: 200 };
		expect(tapTargets([{ x: 100, y: 100 }], bounds)[0]).toEqual({ x: 78, y: 78, w: 44, h: 44 });
		expect(tapTargets([{ x: 3, y: 190 }], bounds)[0]).toEqual({ x: 0, y: 156, w: 44, h: 44 });
	});

	it('pushes two close marks’ targets apart so they abut', () => {
		const boxes = expectSeparate(
			[
				{ x: 100, y: 100 },
				{ x: 121, y: 104 }
			],
			{ x: 0, y: 0, w: 300, h: 200 }
		);
		expect(boxes[1]!.x - (boxes[0]!.x + 44)).toBeLessThan(0.1);
	});

	it('separates three marks in a cluster', () => {
		expectSeparate(
			[
				{ x: 100, y: 100 },
				{ x: 118, y: 96 },
				{ x: 108, y: 120 }
			],
			{ x: 0, y: 0, w: 300, h: 200 }
		);
	});

	for (const [w, h] of sizes) {
		it(`${w}x${h}: the sites on the map get separate targets`, () => {
			const l = minesLayout(w, h, map.width, map.height, list);
			const bounds = { x: 0, y: 0, w: l.map.w, h: l.map.h };
			const { marks } = mapLabels(map, content.mines, l.map, bounds, { focus: [], summary: true });
			if (tight(w, h) && w < 360) return;
			expectSeparate(marks, bounds);
		});
	}
});

describe('status', () => {
	it('has a distinct shape for each status', () => {
		const shapes = STATUSES.map((s) => statusShape(s, 14));
		expect(new Set(shapes.map((s) => `${s.d}|${s.filled}`)).size).toBe(5);
		expect(shapes.map((s) => s.filled)).toEqual([false, true, false, false, true]);
	});

	it('groups every mine under its status, in order', () => {
		const groups = groupByStatus(content.mines);
		expect(groups.map((g) => g.status)).toEqual([...STATUSES]);
		expect(groups.flatMap((g) => g.mines)).toHaveLength(content.mines.length);
	});

	it('highlights focused mines, all in the overview, and writes statuses in the summary', () => {
		expect(isHighlighted({ id: 'jeruy' }, ['jeruy'])).toBe(true);
		expect(isHighlighted({ id: 'kumtor' }, ['jeruy'])).toBe(false);
		expect(isHighlighted({ id: 'kumtor' }, [])).toBe(true);
		expect(showsStatus({ id: 'kumtor' }, { focus: [], summary: false })).toBe(false);
		expect(showsStatus({ id: 'kumtor' }, { focus: [], summary: true })).toBe(true);
		expect(showsStatus({ id: 'kumtor' }, { focus: ['kumtor'], summary: false })).toBe(true);
	});
});

describe('prerenderBox', () => {
	it('lays a phone-sized request out for the narrowest box, keeping its proportions', () => {
		expect(prerenderBox(390, 340)).toEqual({ width: NARROWEST_MAP_BOX, height: 244 });
		expect(prerenderBox(304, 300).width).toBe(NARROWEST_MAP_BOX);
	});
	it('keeps a request already that narrow, or a wide one (the presenter), as it is', () => {
		expect(prerenderBox(260, 200)).toEqual({ width: 260, height: 200 });
		expect(prerenderBox(560, 380)).toEqual({ width: 560, height: 380 });
	});
});
