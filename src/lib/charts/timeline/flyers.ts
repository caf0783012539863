/**
 * The pieces of the timeline that move during a step change, for `fly.ts`, each with where it
 * starts. The chart is drawn at its target layout; a move starts from a `Pose` (the window's
 * stretch, `windowShift`, and the vertical numbers, `verticalOf`) and blends it to the layout's
 * own (no stretch, its own numbers). Every piece's transform is linear in that blend, so each
 * piece moves by one straight blend of its transform from where it starts to where it rests:
 *
 * - a day band is stretched and moved with the window;
 * - a day's rule (midnight) is moved to where its time is (never stretched: it keeps its width);
 * - a sub-row of bars is stretched and moved with the window and with its row (`verticalPlace`);
 * - a lane's rule and name, and (when the window stays) a sub-row of labels, move with their rows.
 *
 * While the window moves, its text and its hour rules are hidden (the chart's `moving`: they fade
 * in where they land), so labels and hour rules do not fly then.
 */
import { interpolateNumber, interpolateNumberArray } from 'd3-interpolate';
import type { Flyer, Matrix } from './fly';
import type { Shift } from './scales';
import type { TimelineLayout } from './types';
import { movingElements, verticalPlace, type Moving } from './vertical';

/** The chart at one moment of a move: the window's stretch and the vertical numbers. */
export interface Pose {
	shift: Shift;
	values: readonly number[];
}

/**
 * The poses between two, by progress t (0 to 1): d3-interpolate's blend of each number. Poses of
 * another length of values (another layout's) blend only the window.
 */
export function blendPoses(from: Pose, to: Pose): (t: number) => Pose {
	const k = interpolateNumber(from.shift.k, to.shift.k);
	const dx = interpolateNumber(from.shift.dx, to.shift.dx);
	const same = from.values.length === to.values.length;
	const values = interpolateNumberArray([...(same ? from.values : to.values)], [...to.values]);
	// d3 hands back one array, updated in place: each pose gets its own.
	return (t) => ({ shift: { k: k(t), dx: dx(t) }, values: [...values(t)] });
}

/** A piece's transform (the matrix from the piece drawn without its own, to the chart) at `pose`. */
function matrixOf(piece: Moving, layout: TimelineLayout, pose: Pose): Matrix {
	const { sy, ty } = verticalPlace(piece, layout, pose.values);
	const { k, dx } = piece.kind === 'bars' ? pose.shift : { k: 1, dx: 0 };
	return [k, 0, 0, sy, dx, ty];
}

/** A rule drawn at x, moved where the window's stretch takes x, not stretched. */
const ruleAt = ({ k, dx }: Shift, x: number): Matrix => [1, 0, 0, 1, (k - 1) * x + dx, 0];

/** The window's stretch as a matrix. */
const stretch = ({ k, dx }: Shift): Matrix => [k, 0, 0, 1, dx, 0];

/**
 * The pieces inside `svg` (drawn at `layout`) that move from `from` to where they rest (`to`: the
 * layout's own pose); `sweep` is the times shown at some point of the move (ms): sub-rows with no
 * bar in it are left out.
 */
export function flyersOf(
	svg: Element,
	layout: TimelineLayout,
	{ from, to: rest }: { from: Pose; to: Pose },
	sweep: readonly [number, number]
): Flyer[] {
	const windowMoves = from.shift.k !== 1 || from.shift.dx !== 0;
	const flyers: Flyer[] = [];
	if (windowMoves) {
		for (const el of svg.querySelectorAll('.window .day-band'))
			flyers.push({ el, tier: 'guides', from: stretch(from.shift), to: stretch(rest.shift) });
		for (const el of svg.querySelectorAll('.window .day-rule')) {
			const x = Number(el.getAttribute('x1') ?? 0);
			flyers.push({ el, tier: 'guides', from: ruleAt(from.shift, x), to: ruleAt(rest.shift, x) });
		}
	}
	for (const piece of movingElements(svg, layout, sweep)) {
		if (piece.kind === 'labels' && windowMoves) continue;
		flyers.push({
			el: piece.el,
			tier: piece.kind === 'bars' ? 'bars' : piece.kind === 'labels' ? 'labels' : 'lanes',
			from: matrixOf(piece, layout, from),
			to: matrixOf(piece, layout, rest)
		});
	}
	return flyers;
}
