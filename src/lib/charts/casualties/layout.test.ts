import { describe, expect, it } from 'vitest';
import {
	casualtiesLayout,
	cellCenter,
	COUNT_LINE,
	countsBox,
	dotsPath,
	noteBox,
	noteLines,
	percentOf,
	sweepCover,
	sweepGeometry,
	sweepWidth,
	unitGrid
} from './layout';
import { dayLabel, storyDays, timeStrip } from './time-strip';

const NOTE =
	'By Tuesday afternoon, according to the health ministry. A count up to that time; the report gives no later figure.';

const widths = [280, 320, 360, 390, 430, 600, 768, 1024, 1280, 1400];
const heights = [200, 260, 320, 420, 500, 640, 720, 900];

describe('casualtiesLayout: 687 marks in every box from 280x200 to 1400x900', () => {
	for (const w of widths) {
		for (const h of heights) {
			it(`${w}x${h}`, () => {
				const layout = casualtiesLayout(w, h, 687, NOTE.length);
				const { grid, bottom } = layout;
				expect(grid.cols * grid.rows).toBeGreaterThanOrEqual(687);
				expect(grid.cols * (grid.rows - 1)).toBeLessThan(687); // no empty row
				// Marks big enough to see, with a gap between them.
				expect(grid.mark).toBeGreaterThanOrEqual(4);
				expect(grid.cell - grid.mark).toBeGreaterThanOrEqual(0.99);
				// The grid stays inside the box, between the label band and the bottom band.
				expect(grid.x).toBeGreaterThanOrEqual(layout.left - 1e-9);
				expect(grid.x + grid.width).toBeLessThanOrEqual(layout.right + 1e-9);
				expect(grid.y).toBeGreaterThan(layout.labelY);
				expect(grid.y + grid.height).toBeLessThanOrEqual(bottom.y);
				expect(bottom.y + bottom.height).toBeLessThanOrEqual(h);
				// The note fits its band.
				expect(noteLines(NOTE.length, layout.right - layout.left) * 19).toBeLessThanOrEqual(
					bottom.height
				);
				// First and last marks inside the grid.
				const first = cellCenter(grid, 0);
				const last = cellCenter(grid, 686);
				expect(first.x - grid.mark / 2).toBeGreaterThanOrEqual(grid.x);
				expect(last.y + grid.mark / 2).toBeLessThanOrEqual(grid.y + grid.height);
			});
		}
	}

	it('uses the room it has: a phone-sized box gets marks of 8 px or more', () => {
		expect(casualtiesLayout(390, 420, 687, NOTE.length).grid.mark).toBeGreaterThanOrEqual(8);
	});

	it('caps the marks on a big screen, and spreads the grid across the width', () => {
		const { grid, left, right } = casualtiesLayout(760, 690, 687, NOTE.length);
		expect(grid.cell).toBeLessThanOrEqual(18);
		expect(grid.width).toBeGreaterThan((right - left) * 0.95);
		expect(grid.height).toBeLessThan(grid.width);
	});
});

describe('unitGrid / cellCenter / fillOrder', () => {
	it('fills row by row from the top-left, with equal spacing', () => {
		const grid = unitGrid({ count: 10, x: 0, y: 0, width: 100, height: 40, maxCell: 100 });
		expect(grid).toMatchObject({ cols: 5, rows: 2, cell: 20 });
		expect(cellCenter(grid, 0)).toEqual({ x: 10, y: 10 });
		expect(cellCenter(grid, 4)).toEqual({ x: 90, y: 10 });
		expect(cellCenter(grid, 5)).toEqual({ x: 10, y: 30 });
	});
});

describe('dotsPath: one round mark per wounded person, in one path', () => {
	/** Centres of the circles the path draws (each is two arcs from its left edge). */
	function centres(d: string, r: number): { x: number; y: number }[] {
		const out: { x: number; y: number }[] = [];
		let x = 0;
		let y = 0;
		for (const [, cmd, args] of d.matchAll(/([MmAa])([^MmAa]*)/g)) {
			const n = args!
				.trim()
				.split(/[\s,]+|(?=-)/)
				.filter(Boolean)
				.map(Number);
			if (cmd === 'M') [x, y] = [n[0]!, n[1]!];
			else if (cmd === 'm') [x, y] = [x + n[0]!, y + n[1]!];
			else {
				// An arc: radius rx ry, rotation, flags, then the relative end point.
				expect(n[0]).toBeCloseTo(r, 2);
				if (n[5]! > 0) out.push({ x: x + r, y });
				[x, y] = [x + n[5]!, y + n[6]!];
			}
		}
		return out;
	}

	for (const [w, h] of [
		[320, 260],
		[390, 420],
		[1400, 900]
	] as const) {
		it(`${w}x${h}: 686 circles, centred on cells 1 to 686`, () => {
			const { grid } = casualtiesLayout(w, h, 687, NOTE.length);
			const drawn = centres(dotsPath(grid, 1, 686), grid.mark / 2);
			expect(drawn).toHaveLength(686);
			drawn.forEach((c, j) => {
				const cell = cellCenter(grid, 1 + j);
				expect(c.x).toBeCloseTo(cell.x, 1);
				expect(c.y).toBeCloseTo(cell.y, 1);
			});
		});
	}

	it('draws nothing for no marks or no room', () => {
		const grid = unitGrid({ count: 3, x: 0, y: 0, width: 30, height: 10, maxCell: 10 });
		expect(dotsPath(grid, 0, 0)).toBe('');
		expect(dotsPath({ ...grid, mark: 0 }, 0, 3)).toBe('');
	});
});

describe('sweepGeometry / sweepCover: the fill-in wave', () => {
	for (const [w, h] of [
		[374, 409],
		[320, 260],
		[760, 694],
		[1400, 900]
	] as const) {
		it(`${w}x${h}: starts with only the killed cell clear and ends with everything clear`, () => {
			const { grid } = casualtiesLayout(w, h, 687, 120);
			const s = sweepGeometry(grid);
			const corners = (i: number) => {
				const c = cellCenter(grid, i);
				const r = grid.mark / 2;
				return [
					[c.x - r - grid.x, c.y - r - grid.y],
					[c.x + r - grid.x, c.y + r - grid.y]
				] as const;
			};
			// At the start: the killed mark (cell 0) is clear; the mark farthest along the diagonal
			// (largest column + row) is covered.
			let far = 0;
			for (let i = 0; i < 687; i++) {
				const rank = (i % grid.cols) + Math.floor(i / grid.cols);
				if (rank >= (far % grid.cols) + Math.floor(far / grid.cols)) far = i;
			}
			for (const [x, y] of corners(0)) expect(sweepCover(s, x, y, 0)).toBe(0);
			for (const [x, y] of corners(far)) expect(sweepCover(s, x, y, 0)).toBe(1);
			// At the end: every mark is clear.
			for (let i = 0; i < 687; i += 17) {
				for (const [x, y] of corners(i)) expect(sweepCover(s, x, y, s.travel)).toBe(0);
			}
			// Halfway: the wave has passed the top-left and not yet reached the bottom-right.
			expect(sweepCover(s, 0, 0, s.travel / 2)).toBe(0);
			expect(sweepCover(s, grid.width, grid.height, s.travel / 2)).toBe(1);
			// The cover never leaves a grid point uncovered by falling short of it.
			expect(s.offset).toBeGreaterThanOrEqual(s.travel);
			expect(s.size).toBeGreaterThanOrEqual(grid.width + s.offset);
			// Drawn three times its travel wide, it still covers the grid from start to end.
			expect(sweepWidth(s) - s.offset).toBeGreaterThanOrEqual(grid.width);
		});
	}
});

describe('timeStrip', () => {
	const days = storyDays(['2020-10-06', '2020-10-04', '2020-10-05', '2020-10-06']);
	const asOf = {
		day: '2020-10-06',
		part: 'afternoon' as const,
		label: 'by Tuesday afternoon',
		inferred: false
	};

	it('labels the three days of the story', () => {
		expect(days).toEqual(['2020-10-04', '2020-10-05', '2020-10-06']);
		expect(days.map(dayLabel)).toEqual(['Sun 4 Oct', 'Mon 5 Oct', 'Tue 6 Oct']);
	});

	it('spans Tuesday afternoon (12:00 to 18:00) and keeps the label on screen', () => {
		const strip = timeStrip(days, asOf, 0, 720, 200);
		expect(strip.days.map((d) => [d.x0, d.x1])).toEqual([
			[0, 240],
			[240, 480],
			[480, 720]
		]);
		expect(strip.span).toMatchObject({ x0: 600, x1: 660, label: 'by Tuesday afternoon' });
		// 200 px centred on 630 would run past 720: anchored at its end instead.
		expect(strip.span.anchor).toBe('end');
		expect(strip.span.labelX).toBeLessThanOrEqual(720);
		const wide = timeStrip(days, asOf, 0, 1400, 140);
		expect(wide.span.anchor).toBe('middle');
	});

	it('refuses a day outside the strip', () => {
		expect(() => timeStrip(days, { ...asOf, day: '2020-10-07' }, 0, 100, 10)).toThrow(
			/not one of the story's days/
		);
	});
});

describe('percentOf and countsBox: text placed so it keeps its size in a narrower box', () => {
	const layout = casualtiesLayout(390, 340, 687, NOTE.length);

	it('at the size laid out for, the percentages are the pixels', () => {
		const p = percentOf(layout, { x: 39, y: 34, bottomY: 306, width: 195 });
		expect(p).toEqual({ left: '10%', top: '10%', bottom: '10%', width: '50%' });
	});

	it('puts the counts over the grid, their line box ending above the grid and its leader', () => {
		const box = countsBox(layout);
		expect(box.x).toBe(layout.grid.x);
		expect(box.width).toBe(layout.grid.width);
		// The count's baseline is labelY; its line box ends a little under it, above the grid.
		expect(box.bottomY).toBeGreaterThan(layout.labelY);
		expect(box.bottomY).toBeLessThan(layout.grid.y - 4);
		// The line box fits in the band above the grid, whatever the chart's size.
		for (const [w, h] of [
			[280, 200],
			[390, 340],
			[1280, 900]
		] as const) {
			const l = casualtiesLayout(w, h, 687, NOTE.length);
			expect(countsBox(l).bottomY - COUNT_LINE).toBeGreaterThanOrEqual(0);
		}
	});

	it('keeps the counts above the leader when the chart shrinks to 78 % (320 px phone, 390 px prerender)', () => {
		const scale = 304 / 390;
		const box = countsBox(layout);
		// The text keeps its size and its bottom edge scales; the leader's top scales too.
		const textBottom = box.bottomY * scale;
		const textTop = textBottom - COUNT_LINE;
		const leaderTop = (box.bottomY + 1.5) * scale;
		expect(textTop).toBeGreaterThanOrEqual(0);
		expect(leaderTop).toBeGreaterThan(textBottom);
	});
});

describe('noteBox: the note starts at the grid’s left edge when its band still holds it', () => {
	for (const w of widths) {
		for (const h of heights) {
			it(`${w}x${h}`, () => {
				const layout = casualtiesLayout(w, h, 687, NOTE.length);
				const box = noteBox(layout, NOTE.length);
				// Inside the content, ending at its right edge.
				expect(box.x).toBeGreaterThanOrEqual(layout.left);
				expect(box.x + box.width).toBeCloseTo(layout.right, 6);
				// Its lines fit the band under the grid.
				const lines = noteLines(NOTE.length, box.width);
				expect(lines * 19 + 12).toBeLessThanOrEqual(Math.max(layout.bottom.height, 64) + 19);
				expect(lines).toBeLessThanOrEqual(
					noteLines(NOTE.length, layout.right - layout.left) + (box.x === layout.left ? 0 : 1)
				);
			});
		}
	}

	it('shares the grid’s left edge in a wide box (a 640 px embed, a projector)', () => {
		for (const [w, h] of [
			[640, 420],
			[560, 380],
			[1280, 720]
		] as const) {
			const layout = casualtiesLayout(w, h, 687, NOTE.length);
			expect(noteBox(layout, NOTE.length).x).toBe(layout.grid.x);
		}
	});

	it('falls back to the content’s left edge when the grid stands far in', () => {
		// A narrow grid centred in a wide box whose band holds three lines of note.
		const base = casualtiesLayout(600, 400, 687, NOTE.length);
		const layout = {
			...base,
			grid: { ...base.grid, x: 400, width: 120 },
			bottom: { y: base.bottom.y, height: 3 * 19 + 12 }
		};
		expect(noteLines(NOTE.length, layout.right - 400)).toBeGreaterThan(3);
		expect(noteBox(layout, NOTE.length)).toEqual({
			x: layout.left,
			width: layout.right - layout.left
		});
	});
});
