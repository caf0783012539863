/**
 * Tap targets on the map: a 44 px button per site that never overlaps another, even where the
 * sites crowd together on a phone. Pure functions (no DOM).
 */
import { overlaps, type Box } from './place-labels';

/**
 * Tap targets for marks at `points`: `size` x `size` boxes (44 px), inside `bounds`, each centred
 * on its mark where it can be. Where two would overlap they are pushed apart, side by side or one
 * above the other, as far as each still holds its mark's centre `margin` px inside (6 px: nearly
 * all of a 15 px mark); of the ways to do that, the one that moves the boxes least. A tap between
 * two close marks then goes to the nearer one, never to whichever button happens to be on top.
 * If the marks are so close that no way works, the boxes stay centred (and overlap).
 */
export function tapTargets(
	points: { x: number; y: number }[],
	bounds: Box,
	size = 44,
	margin = 6
): Box[] {
	type Axis = 'x' | 'y';
	const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
	/** The positions a box may take on one axis: inside the bounds, covering its mark. */
	const range = (p: number, lo: number, extent: number): [number, number] => {
		const min = Math.max(lo, p + margin - size);
		const max = Math.min(lo + extent - size, p - margin);
		return min <= max ? [min, max] : [lo, Math.max(lo, lo + extent - size)];
	};
	const ranges = points.map((p) => ({
		x: range(p.x, bounds.x, bounds.w),
		y: range(p.y, bounds.y, bounds.h)
	}));
	const ideal = points.map((p, i) => ({
		x: clamp(p.x - size / 2, ...ranges[i]!.x),
		y: clamp(p.y - size / 2, ...ranges[i]!.y)
	}));
	const boxOf = (q: { x: number; y: number }): Box => ({ x: q.x, y: q.y, w: size, h: size });
	const clashes = (qs: { x: number; y: number }[]) => {
		const out: [number, number][] = [];
		for (let i = 0; i < qs.length; i++)
			for (let j = i + 1; j < qs.length; j++)
				if (overlaps(boxOf(qs[i]!), boxOf(qs[j]!))) out.push([i, j]);
		return out;
	};

	/**
	 * Positions on one axis meeting "the later mark's box starts at least `size` after the
	 * earlier one's" for each pair, by repeated pushes from the ideal; null if they cannot be met.
	 */
	function solveAxis(axis: Axis, pairs: [number, number][]): number[] | null {
		const v = ideal.map((q) => q[axis]);
		const ordered = pairs.map(([i, j]) =>
			points[i]![axis] <= points[j]![axis] ? ([i, j] as const) : ([j, i] as const)
		);
		for (let round = 0; round < 200; round++) {
			let ok = true;
			let moved = 0;
			for (const [lo, hi] of ordered) {
				// Aim a hair beyond `size` and accept half of that hair: the pushes close in on
				// the target and never reach it exactly, and the boxes must not overlap at all.
				const gap = v[hi]! - v[lo]! - size - 0.01;
				if (gap >= -0.005) continue;
				ok = false;
				const [loMin, loMax] = ranges[lo]![axis];
				const [hiMin, hiMax] = ranges[hi]![axis];
				// Half each; what one cannot move (its mark or the edge stops it), the other does.
				const before = v[lo]!;
				const hiBefore = v[hi]!;
				v[lo] = clamp(before + gap / 2, loMin, loMax);
				v[hi] = clamp(v[hi]! - gap + (v[lo]! - before), hiMin, hiMax);
				v[lo] = clamp(v[hi]! - size - 0.01, loMin, loMax);
				moved += Math.abs(v[lo]! - before) + Math.abs(v[hi]! - hiBefore);
			}
			if (ok) return v;
			// Stuck against marks or edges: these pairs cannot all go apart on this axis.
			if (moved < 1e-6) return null;
		}
		return null;
	}

	let pairs = clashes(ideal);
	let best: { x: number; y: number }[] = ideal;
	let bestCost = pairs.length === 0 ? 0 : Infinity;
	// Each clashing pair goes apart side by side or one above the other: try every combination
	// (a handful of marks, so a handful of pairs), adding pairs that a move makes clash.
	for (let attempt = 0; attempt < 4 && pairs.length > 0 && pairs.length <= 10; attempt++) {
		let found: [number, number][] = [];
		for (let mask = 0; mask < 1 << pairs.length; mask++) {
			const split = (axis: Axis) =>
				pairs.filter((_, k) => ((mask >> k) & 1) === (axis === 'x' ? 0 : 1));
			const xs = solveAxis('x', split('x'));
			const ys = solveAxis('y', split('y'));
			if (!xs || !ys) continue;
			const qs = points.map((_, i) => ({ x: xs[i]!, y: ys[i]! }));
			const left = clashes(qs);
			if (left.length > 0) {
				found = [...found, ...left];
				continue;
			}
			const cost = qs.reduce(
				(sum, q, i) => sum + Math.abs(q.x - ideal[i]!.x) + Math.abs(q.y - ideal[i]!.y),
				0
			);
			if (cost < bestCost) [best, bestCost] = [qs, cost];
		}
		if (bestCost < Infinity) break;
		const known = new Set(pairs.map((p) => p.join()));
		const added = found.filter((p) => !known.has(p.join()) && known.add(p.join()));
		if (added.length === 0) break;
		pairs = [...pairs, ...added];
	}
	return best.map(boxOf);
}
