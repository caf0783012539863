import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMinesMap } from '../../../build/mines-map/map-plugin';
import { STATUSES } from '$lib/content/vocabulary';
import { pathPoints } from '../../../build/mines-map/map-geometry';
import { loadContent } from '../../../build/content/load';
import { flowLines, minesLayout, prerenderBox, NARROWEST_MAP_BOX, NOTE_HEIGHT } from './layout';
import { overlaps, placeLabels, type Box } from './place-labels';
import { mapLabels, detailLine, lakeBox, markBoxes, CROWD } from './map-labels';
import { mapPlacement } from './map-placement';
import { boxDistance } from './place-labels';
import { tapTargets } from './tap-targets';
import { groupByStatus, isHighlighted, panelHeights, showsStatus, statusShape } from './status';
import { estimateTextWidth } from '../shared/text';

const contentDir = path.resolve(__dirname, '../../../../content');
const { content } = loadContent(contentDir);
const { map } = loadMinesMap(contentDir);
const list = panelHeights(content.mines, estimateTextWidth);

const sizes: [number, number][] = [];
for (const w of [320, 360, 374, 390, 430, 600, 640, 768, 900, 1024, 1280, 1400])
	for (const h of [300, 340, 420, 520, 640, 900]) sizes.push([w, h]);

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
		expect(phone.map.scale).toBeGreaterThanOrEqual(0.65);
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

const mineStates = content.steps.flatMap((s) => (s.state?.chart === 'mines' ? [s.state] : []));

describe('map labels', () => {
	it('covers every mines step of the story', () => {
		expect(mineStates.length).toBeGreaterThanOrEqual(5);
	});

	for (const [w, h] of sizes) {
		it(`${w}x${h}: focused sites and Bishkek labelled in every step; nothing overlaps`, () => {
			const l = minesLayout(w, h, map.width, map.height, list);
			const bounds = { x: 0, y: 0, w: l.map.w, h: l.map.h };
			for (const state of mineStates) {
				const { marks, labels, failed, inset, insetNames, city } = mapPlacement(
					map,
					content.mines,
					l.map,
					bounds,
					state
				);
				const where = `${JSON.stringify(state.focus)} at ${w}x${h}`;
				// Each label that names a mark sits nearer to it than to any other mark, unless a
				// leader ties it to its mark; a leader crosses no other label.
				const points = [
					...marks.map((m) => ({ id: m.mine.id, x: m.x, y: m.y })),
					{ id: 'bishkek', ...city }
				];
				// Known limit: in a phone-sized map (under 390 px) at the Kyrgyzaltyn step, the
				// refinery's label may have to take any free spot (the status list still names it).
				const strictSize = w >= 390;
				for (const label of labels.values()) {
					const own = points.find((p) => p.id === label.id);
					if (!own || !strictSize) continue;
					const d = boxDistance(label.box, own.x, own.y);
					if (label.leader) {
						for (const other of labels.values()) {
							if (other.id === label.id) continue;
							for (let i = 1; i < 8; i++) {
								const x = label.leader.x1 + ((label.leader.x2 - label.leader.x1) * i) / 8;
								const y = label.leader.y1 + ((label.leader.y2 - label.leader.y1) * i) / 8;
								expect(
									boxDistance(other.box, x, y),
									`${label.id}'s leader crosses ${other.id}, ${where}`
								).toBeGreaterThan(0);
							}
						}
						continue;
					}
					for (const p of points) {
						if (Math.hypot(p.x - own.x, p.y - own.y) < 1) continue;
						expect(
							boxDistance(label.box, p.x, p.y),
							`${label.id} nearer ${p.id}, ${where}`
						).toBeGreaterThan(d);
					}
				}
				// The inset stays inside the map, off every mark, label and the lake; its names stay
				// inside it and apart.
				if (inset) {
					expect(inset.x).toBeGreaterThanOrEqual(0);
					expect(inset.y).toBeGreaterThanOrEqual(0);
					expect(inset.x + inset.w).toBeLessThanOrEqual(bounds.w + 1e-9);
					expect(inset.y + inset.h).toBeLessThanOrEqual(bounds.h + 1e-9);
					const lake = lakeBox(map, l.map)!;
					for (const b of [
						...markBoxes(marks, city),
						lake,
						...[...labels.values()].map((x) => x.box)
					])
						expect(overlaps(inset, b), where).toBe(false);
					for (const [i, n] of insetNames.entries()) {
						expect(n.box.x).toBeGreaterThanOrEqual(inset.x);
						expect(n.box.x + n.box.w).toBeLessThanOrEqual(inset.x + inset.w + 1e-9);
						expect(n.box.y).toBeGreaterThanOrEqual(inset.y);
						expect(n.box.y + n.box.h).toBeLessThanOrEqual(inset.y + inset.h + 1e-9);
						for (const o of insetNames.slice(i + 1)) expect(overlaps(n.box, o.box)).toBe(false);
					}
				}
				expect(failed, JSON.stringify(state)).toEqual([]);
				expect(labels.has('bishkek')).toBe(true);
				const linesOf = (id: string) =>
					[...labels.values()].flatMap((l) => l.lines).filter((x) => x.mineId === id);
				for (const id of state.focus) {
					if (!marks.some((m) => m.mine.id === id)) continue; // off the map
					expect(linesOf(id).length, id).toBeGreaterThan(0);
					// A focused site's label says its status (from a phone-sized map up: a short, wide
					// box such as 600x300 draws its map smaller than a 374 px phone does).
					if (l.map.scale >= 0.65 && h >= 300) {
						expect(
							linesOf(id)
								.map((x) => x.text)
								.join(' ')
						).toContain(content.mines.find((m) => m.id === id)!.status);
					}
				}
				// With no focus, every site is named when the map is at least phone-sized, except that
				// a site crowding Bishkek (the refinery, 62 km west) may give way to the sites around
				// it: its mark stays, and the status list under the map names it.
				if (state.focus.length === 0 && w >= 374 && h >= 300) {
					for (const m of marks) {
						if (
							Math.hypot(m.x - city.x, m.y - city.y) < CROWD &&
							m.mine.id !== 'kyrgyzaltyn-office'
						)
							continue;
						expect(linesOf(m.mine.id).length, m.mine.id).toBeGreaterThan(0);
					}
				}
				const boxes = [...labels.values()].map((p) => p.box);
				for (let i = 0; i < boxes.length; i++) {
					const a = boxes[i]!;
					expect(a.x).toBeGreaterThanOrEqual(0);
					expect(a.y).toBeGreaterThanOrEqual(0);
					expect(a.x + a.w).toBeLessThanOrEqual(bounds.w);
					expect(a.y + a.h).toBeLessThanOrEqual(bounds.h);
					for (let j = i + 1; j < boxes.length; j++) expect(overlaps(a, boxes[j]!)).toBe(false);
					for (const m of marks) {
						expect(overlaps(a, { x: m.x - 7, y: m.y - 7, w: 14, h: 14 })).toBe(false);
					}
				}
			}
		});
	}

	it('never puts a mine without a position on the map', () => {
		const l = minesLayout(390, 420, map.width, map.height, list);
		const bounds = { x: 0, y: 0, w: l.map.w, h: l.map.h };
		const { marks } = mapLabels(map, content.mines, l.map, bounds, { focus: [], summary: true });
		const onMap = marks.map((m) => m.mine.id);
		expect(onMap).not.toContain('smaller-mines');
		expect(onMap).toHaveLength(content.mines.filter((m) => m.position).length);
	});

	it('marks approximate positions in words', () => {
		const jeruy = content.mines.find((m) => m.id === 'jeruy')!;
		const kumtor = content.mines.find((m) => m.id === 'kumtor')!;
		expect(detailLine(jeruy, true)).toBe('halted · approx.');
		expect(detailLine(jeruy, false)).toBe('approx.');
		expect(detailLine(kumtor, false)).toBe('');
		expect(detailLine(kumtor, true)).toBe('operating');
	});
});

describe('the map’s inset and lake', () => {
	for (const [w, h] of sizes) {
		it(`${w}x${h}: an inset names Russia and Kazakhstan (and China from 374 px), the lake is drawn`, () => {
			const l = minesLayout(w, h, map.width, map.height, list);
			const bounds = { x: 0, y: 0, w: l.map.w, h: l.map.h };
			const placed = mapPlacement(map, content.mines, l.map, bounds, { focus: [], summary: false });
			expect(placed.inset, `no room for the inset at ${w}x${h}`).not.toBeNull();
			const names = placed.insetNames.map((n) => n.text);
			expect(names).toContain('RUSSIA');
			expect(names).toContain('KAZAKHSTAN');
			// From a 390 px phone's box up, unless the box is short; a smaller inset (320-360 px
			// phones) has no room for a third name at the design's smallest chart text.
			if (w >= 374 && h >= 340)
				expect(names, `China is not named in the inset at ${w}x${h}`).toContain('CHINA');
			expect(map.lake?.name).toBe('Lake Issyk-Kul');
		});
	}

	it('names the lake in the overview from a phone-sized map up', () => {
		for (const [w, h] of sizes.filter(([w, h]) => w >= 374 && h >= 420)) {
			const l = minesLayout(w, h, map.width, map.height, list);
			const bounds = { x: 0, y: 0, w: l.map.w, h: l.map.h };
			const { labels } = mapPlacement(map, content.mines, l.map, bounds, {
				focus: [],
				summary: false
			});
			expect(labels.has('lake'), `${w}x${h}`).toBe(true);
		}
	});

	it('places labels in time that grows about linearly with the map’s size (no blow-up)', () => {
		const time = (w: number) => {
			const l = minesLayout(w, w / 2, map.width, map.height, list);
			const t0 = performance.now();
			for (let i = 0; i < 20; i++)
				mapPlacement(
					map,
					content.mines,
					l.map,
					{ x: 0, y: 0, w: l.map.w, h: l.map.h },
					mineStates[0]!
				);
			return performance.now() - t0;
		};
		time(390);
		expect(time(1400)).toBeLessThan(time(390) * 10 + 50);
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
			expectSeparate(marks, bounds);
		});
	}
});

describe('placeLabels', () => {
	it('moves a label aside when its first choice is taken, and reports what cannot fit', () => {
		const measure = (t: string) => t.length * 10;
		const { placed, failed } = placeLabels(
			[
				{ id: 'a', x: 50, y: 50, radius: 5, lines: [{ text: 'aaaa', size: 10, weight: 400 }] },
				{ id: 'b', x: 52, y: 50, radius: 5, lines: [{ text: 'bbbb', size: 10, weight: 400 }] },
				{ id: 'c', x: 5, y: 5, radius: 5, lines: [{ text: 'c'.repeat(50), size: 10, weight: 400 }] }
			],
			[],
			{ x: 0, y: 0, w: 200, h: 100 },
			measure
		);
		const [a, b] = placed;
		// Each label on its own mark's far side from the other mark.
		expect(a!.anchor).toBe('end');
		expect(b!.anchor).toBe('start');
		expect(overlaps(a!.box, b!.box)).toBe(false);
		expect(failed).toEqual(['c']);
	});
});

describe('status', () => {
	it('has a distinct shape for each status', () => {
		const shapes = STATUSES.map((s) => statusShape(s, 14));
		expect(new Set(shapes.map((s) => `${s.d}|${s.filled}`)).size).toBe(4);
		expect(shapes.map((s) => s.filled)).toEqual([false, true, false, true]);
	});

	it('groups every mine under its status, in order', () => {
		const groups = groupByStatus(content.mines);
		expect(groups.map((g) => g.status)).toEqual(['halted', 'attacked', 'threatened', 'operating']);
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
