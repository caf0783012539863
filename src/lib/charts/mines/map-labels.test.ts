/**
 * The labels on the mines map (map-labels.ts, map-placement.ts, place-labels.ts): every focused
 * site and Bishkek named at every step and size, nothing overlapping, each label nearer its own
 * mark; the inset and its names; the lake's name; the time it takes.
 */
import { describe, expect, it } from 'vitest';
import { minesLayout } from './layout';
import { mapLabels, detailLine, lakeBox, markBoxes, CROWD } from './map-labels';
import { mapPlacement } from './map-placement';
import { boxDistance, overlaps, placeLabels } from './place-labels';
import { content, list, map, mineStates, sizes, tight } from './fixture.test-data';
import { STATUS_SHORT } from './status';

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
				const strictSize = w >= 390 && !tight(w, h);
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
				if (!tight(w, h)) expect(failed, JSON.stringify(state)).toEqual([]);
				expect(labels.has('bishkek')).toBe(true);
				const linesOf = (id: string) =>
					[...labels.values()].flatMap((l) => l.lines).filter((x) => x.mineId === id);
				for (const id of state.focus) {
					if (!marks.some((m) => m.mine.id === id)) continue; // off the map
					if (tight(w, h)) continue;
					expect(linesOf(id).length, id).toBeGreaterThan(0);
					// A focused site's label says its status (from a phone-sized map up: a short, wide
					// box such as 600x300 draws its map smaller than a 374 px phone does).
					if (l.map.scale >= 0.65 && h >= 300) {
						expect(
							linesOf(id)
								.map((x) => x.text)
								.join(' ')
						).toContain(STATUS_SHORT[content.mines.find((m) => m.id === id)!.status]);
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
			if (tight(w, h) && w < 360) return;
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
