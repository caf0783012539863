/**
 * A step change's motion, off the main thread. The chart is drawn at its target; while it moves,
 * each piece that moves (a sub-row of bars, of labels, a lane's rule or name, a day band, a day
 * or hour rule) is shown by a copy on a layer of its own, and the piece itself is hidden. Each
 * layer is moved by the Web Animations API with a `transform`, which the browser runs on its
 * compositor: a frame of the move costs the page's main thread nothing (an SVG element's own
 * transform, changed per frame, makes the browser style, lay out and paint the whole SVG).
 *
 * A piece's transform blends straight from where it starts to where it rests, paced by the
 * project's easing (`EASE_CSS`, d3-ease's cubic in-out); the rest is where the chart draws the
 * piece, so taking the layers away when the move ends changes no pixel.
 */
import { EASE_CSS } from '$lib/motion';
import { afterNextPaint } from '$lib/islands/long-idle';

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

/**
 * A layer showing a copy of `el` (without its transform or the attributes the page addresses it
 * by), just the size of what it draws (`box`, in the copy's px), inside an SVG like `svg` (its
 * classes, so the chart's styles apply; the patterns it fills with are the chart's, by id).
 */
function layerFor(el: Element, svg: SVGSVGElement, box: DOMRect, left: number): HTMLDivElement {
	const x = box.x - BLEED;
	const y = box.y - BLEED;
	const w = box.width + 2 * BLEED;
	const h = box.height + 2 * BLEED;
	const layer = document.createElement('div');
	// Placed where the copy draws, turning about the copy's own origin (the chart's 0, 0).
	layer.style.cssText = `position:absolute;left:${x - left}px;top:${y}px;width:${w}px;height:${h}px;transform-origin:${-x}px ${-y}px`;
	const copySvg = document.createElementNS(NS, 'svg');
	copySvg.setAttribute('class', svg.getAttribute('class') ?? '');
	copySvg.setAttribute('width', String(w));
	copySvg.setAttribute('height', String(h));
	copySvg.setAttribute('viewBox', `${x} ${y} ${w} ${h}`);
	const style = svg.getAttribute('style');
	if (style) copySvg.setAttribute('style', style);
	const copy = el.cloneNode(true) as Element;
	copy.removeAttribute('transform');
	for (const node of [copy, ...copy.querySelectorAll('*')])
		for (const name of ADDRESSED) node.removeAttribute(name);
	copySvg.append(copy);
	layer.append(copySvg);
	return layer;
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
 * Step 2 of `fly`: the layers, each the size of its piece's box (`found`), `elapsed` ms into the
 * move, the pieces hidden until `remove()`.
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
	const animations = moving.map((flyer, i) => {
		const layer = layerFor(flyer.el, svg, found[i]!, clips[flyer.tier]?.[0] ?? 0);
		boxes.get(flyer.tier)!.append(layer);
		const frames = [{ transform: cssOf(flyer.from) }, { transform: cssOf(flyer.to) }];
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
