/**
 * A step change's motion, off the main thread. The chart is drawn at its target; while it moves,
 * each piece that moves (a sub-row of bars, of labels, a lane's rule or name, a day band or
 * rule) is shown by a copy on a layer, and the piece itself is hidden. Pieces that make the same
 * move share a layer. Each layer is moved by the Web Animations API with a `transform`, which the
 * browser runs on its compositor: a frame of the move costs the page's main thread nothing (an
 * SVG element's own transform, changed per frame, makes the browser style, lay out and paint the
 * whole SVG).
 *
 * A piece's transform blends straight from where it starts to where it rests, paced by the
 * project's easing (`EASE_CSS`, d3-ease's cubic in-out); the rest is where the chart draws the
 * piece, so taking the layers away when the move ends changes no pixel.
 */
import { EASE_CSS } from '$lib/shared/motion';
import { afterNextPaint } from '$lib/shared/long-idle';

/** A 2D matrix [a, b, c, d, e, f] as in CSS `matrix()`; here only x' = a·x + e, y' = d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

/**
 * The layers in the order the chart paints them: the day guides (clipped to the plot and 1 px
 * each side, as the chart's day rules), the lanes' rules and names, the bars (clipped to the
 * plot) and the event labels.
 */
export const TIERS = ['guides', 'lanes', 'bars', 'labels'] as const;
export type Tier = (typeof TIERS)[number];

/** One piece of the chart that moves during a step change. */
export interface Flyer {
	/** The piece as the chart draws it at rest (hidden while its copy flies). */
	el: Element;
	/** Which of the layers' tiers it flies in. */
	tier: Tier;
	/** The matrix from the piece drawn without its own `transform` to the chart (px), at the start. */
	from: Matrix;
	/** The same at rest. */
	to: Matrix;
}

/** A move in progress. */
export interface Flight {
	/**
	 * How far the layers are (eased, 0 to 1) by their own clock, which the compositor runs: where
	 * the chart is shown now. Null before the layers take over.
	 */
	progress(): number | null;
	/** Takes the layers away and shows the chart as drawn. */
	land(): void;
}

/** The attributes a copy must not carry: ids the page and its tests address pieces by. */
const ADDRESSED = ['data-event', 'data-label', 'data-row', 'data-row-labels', 'data-lane', 'id'];

const NS = 'http://www.w3.org/2000/svg';
const round = (v: number) => Math.round(v * 1000) / 1000;
/** No move. */
const REST: Matrix = [1, 0, 0, 1, 0, 0];

/**
 * A matrix as CSS: a translate and a scale (not `matrix()`, which the browser would blend by
 * decomposing, and cannot for a row that grows from nothing), about the copy's origin.
 */
export const cssOf = ([a, , , d, e, f]: Matrix) =>
	`translate(${round(e)}px,${round(f)}px) scale(${round(a)},${round(d)})`;

/** Whether a piece moves at all. */
export const moves = (f: Pick<Flyer, 'from' | 'to'>): boolean =>
	f.from.some((v, i) => Math.abs(v - (f.to[i] ?? 0)) >= 1e-3);

/** The chart's box and the plot's edges (px), for the layers' clips. */
export interface Frame {
	width: number;
	height: number;
	plot: { left: number; right: number };
}

/** Room around a copy's box for its strokes (px). */
const BLEED = 3;

/** A box holding one tier's layers, clipped to `[left, right]` of the chart (px) if given. */
function tierBox(frame: Frame, clip?: readonly [number, number]): HTMLDivElement {
	const box = document.createElement('div');
	const [left, right] = clip ?? [0, frame.width];
	box.style.cssText = `position:absolute;top:0;left:${left}px;width:${Math.max(0, right - left)}px;height:${frame.height}px;overflow:${clip ? 'hidden' : 'visible'}`;
	return box;
}

/** A piece's move relative to where it rests (from · to⁻¹): what its layer plays, to no move. */
export function relative({ from, to }: Pick<Flyer, 'from' | 'to'>): Matrix {
	const [fa, , , fd, fe, ff] = from;
	const [ta = 1, , , td = 1, te, tf] = to;
	const a = ta ? fa / ta : fa;
	const d = td ? fd / td : fd;
	return [a, 0, 0, d, fe - a * te, ff - d * tf];
}

/** Where a piece's box (`getBBox`: without its own transform) is drawn at rest. */
function restingBox({ to: [a, , , d, e, f] }: Flyer, box: DOMRect) {
	const xs = [a * box.x + e, a * (box.x + box.width) + e];
	const ys = [d * box.y + f, d * (box.y + box.height) + f];
	return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

/**
 * A layer: an SVG like the chart's `svg` (its classes, so the chart's styles apply; the patterns
 * the copies fill with are the chart's, by id) holding a copy of each piece of `group` as the
 * chart draws it at rest (without the attributes the page addresses pieces by), just the size of
 * what they draw (`box`, chart px), turning about the chart's origin.
 */
function layerFor(
	group: readonly Flyer[],
	svg: SVGSVGElement,
	box: { x0: number; x1: number; y0: number; y1: number },
	left: number
): HTMLDivElement {
	const x = box.x0 - BLEED;
	const y = box.y0 - BLEED;
	const w = box.x1 - box.x0 + 2 * BLEED;
	const h = box.y1 - box.y0 + 2 * BLEED;
	// An HTML box, which the compositor can move (it does not move an SVG element, not even an
	// <svg> in HTML: tried, every frame was then drawn on the main thread again).
	const layer = document.createElement('div');
	layer.style.cssText = `position:absolute;left:${x - left}px;top:${y}px;width:${w}px;height:${h}px;transform-origin:${-x}px ${-y}px`;
	const copies = document.createElementNS(NS, 'svg');
	copies.setAttribute('class', svg.getAttribute('class') ?? '');
	copies.setAttribute('width', String(w));
	copies.setAttribute('height', String(h));
	copies.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
	const style = svg.getAttribute('style');
	if (style) copies.setAttribute('style', style);
	for (const { el } of group) {
		const copy = el.cloneNode(true) as Element;
		for (const node of [copy, ...copy.querySelectorAll('*')])
			for (const name of ADDRESSED) node.removeAttribute(name);
		copies.append(copy);
	}
	layer.append(copies);
	return layer;
}

/**
 * The pieces that make one move together: same tier, same move relative to where they rest (rows
 * that only follow the window, a lane's rule and name...). One layer each, so that a step makes as
 * few elements and layers as it can.
 */
function groups(moving: readonly Flyer[], found: readonly DOMRect[]) {
	type Group = {
		flyers: Flyer[];
		tier: Tier;
		move: Matrix;
		boxes: ReturnType<typeof restingBox>[];
	};
	const byMove = new Map<string, Group>();
	moving.forEach((flyer, i) => {
		const move = relative(flyer);
		const key = `${flyer.tier} ${cssOf(move)}`;
		let group = byMove.get(key);
		if (!group) byMove.set(key, (group = { flyers: [], tier: flyer.tier, move, boxes: [] }));
		group.flyers.push(flyer);
		group.boxes.push(restingBox(flyer, found[i]!));
	});
	return [...byMove.values()].map(({ flyers, tier, move, boxes }) => ({
		flyers,
		tier,
		move,
		box: {
			x0: Math.min(...boxes.map((b) => b.x0)),
			x1: Math.max(...boxes.map((b) => b.x1)),
			y0: Math.min(...boxes.map((b) => b.y0)),
			y1: Math.max(...boxes.map((b) => b.y1))
		}
	}));
}

/**
 * Flies `flyers` over `ms` (started at `start`, `performance.now()` time) from where each starts
 * to where it rests; pieces that do not move are left as they are. In two steps, so that neither
 * makes a long task of the step change that drew the chart:
 *
 * 1. at once, each moving piece is shown where it starts by a transform of its own (so the next
 *    frame shows the start of the move, whatever it costs to paint);
 * 2. once that frame is painted, the layers take over where the move is by then (each piece's
 *    box read once, `getBBox`, when that frame has done the layout; nothing is read during the
 *    move), added to `root` over the chart's `svg` tier by tier, and the pieces themselves are
 *    hidden (`data-flying`).
 *
 * The layers stay at rest until `land()`.
 */
export function fly(
	root: HTMLElement,
	svg: SVGSVGElement,
	frame: Frame,
	flyers: readonly Flyer[],
	ms: number,
	start: number
): Flight {
	const moving = flyers.filter(moves);
	for (const { el, from } of moving) (el as SVGElement).style.transform = cssOf(from);
	let layers: Layers | undefined;
	const cancel = afterNextPaint(() => {
		const elapsed = performance.now() - start;
		// Read while the frame's layout is clean, before anything here changes the page.
		const found = elapsed < ms ? moving.map((f) => (f.el as SVGGraphicsElement).getBBox()) : [];
		for (const { el } of moving) (el as SVGElement).style.removeProperty('transform');
		if (found.length) layers = addLayers(root, svg, frame, moving, found, ms, elapsed);
	});
	return {
		progress: () => layers?.progress() ?? null,
		land() {
			cancel();
			for (const { el } of moving) (el as SVGElement).style.removeProperty('transform');
			layers?.remove();
		}
	};
}

interface Layers {
	progress(): number | null;
	remove(): void;
}

/**
 * Step 2 of `fly`: the layers, one per group of pieces that move together, each the size of its
 * pieces' boxes (`found`), `elapsed` ms into the move; the pieces hidden until `remove()`.
 */
function addLayers(
	root: HTMLElement,
	svg: SVGSVGElement,
	frame: Frame,
	moving: readonly Flyer[],
	found: readonly DOMRect[],
	ms: number,
	elapsed: number
): Layers {
	const { left, right } = frame.plot;
	const clips: Record<Tier, readonly [number, number] | undefined> = {
		guides: [left - 1, right + 1],
		lanes: undefined,
		bars: [left, right],
		labels: undefined
	};
	const boxes = new Map(TIERS.map((tier) => [tier, tierBox(frame, clips[tier])]));
	const animations = groups(moving, found).map(({ flyers, tier, move, box }) => {
		const layer = layerFor(flyers, svg, box, clips[tier]?.[0] ?? 0);
		boxes.get(tier)!.append(layer);
		const frames = [{ transform: cssOf(move) }, { transform: cssOf(REST) }];
		const animation = layer.animate(frames, { duration: ms, fill: 'both', easing: EASE_CSS });
		animation.currentTime = elapsed;
		return animation;
	});
	const flight = document.createElement('div');
	flight.className = 'flight';
	flight.setAttribute('aria-hidden', 'true');
	flight.style.cssText = 'position:absolute;inset:0;pointer-events:none';
	flight.append(...boxes.values());
	root.append(flight);
	for (const { el } of moving) el.setAttribute('data-flying', '');
	return {
		// The eased progress (Web Animations' "iteration progress"; filled both ways, so 0 before
		// it starts and 1 after it ends).
		progress: () => animations[0]?.effect?.getComputedTiming().progress ?? null,
		remove() {
			for (const a of animations) a.cancel();
			flight.remove();
			for (const { el } of moving) el.removeAttribute('data-flying');
		}
	};
}
