/**
 * Layout of the mines chart: where the map, the off-map note and the status panel go in the
 * chart's box, and where each label on the map goes so that no two overlap. Pure functions (no
 * DOM): text widths are estimated generously (shared/text.ts) so the prerendered layout is safe.
 */
import { estimateTextWidth, type MeasureText } from '../shared/text';

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Height of the off-map note: a 44 px tap target holding up to two lines. */
export const NOTE_HEIGHT = 44;
/** Gap between the parts of the chart. */
export const GAP = 8;
/** Line height of the compact status list under the map (phones). */
export const LIST_LINE = 20;
/** Horizontal gap between items of the compact status list. */
export const LIST_GAP = 14;
/**
 * ViewBox units trimmed from each side of the map when it is stacked (narrow screens): only the
 * neighbours' land is cut, Kyrgyzstan itself spans x 40 to 560 of 600.
 */
export const STACKED_CROP = 36;
/** The map never shrinks below this scale to make room for names in the list. */
export const MIN_STACKED_SCALE = 0.55;

export interface MinesLayout {
	/** `side`: status chart beside the map; `stacked`: status chart or compact list under it. */
	mode: 'side' | 'stacked';
	/** The map's box in the chart, and how the map's viewBox is scaled into it. */
	map: Box & { scale: number; offsetX: number; offsetY: number };
	/** The off-map note ("No location given: ..."). */
	note: Box;
	/**
	 * The status panel: a `chart` (groups with operators, in `columns` columns) or, on phones, a
	 * compact `list` that flows in lines, naming the sites (`names`) or only counting them.
	 */
	panel: Box & { kind: 'chart' | 'list'; columns: number; names: boolean };
}

/** Heights (px) the status panel needs, estimated from its text (see `panelHeights` in status.ts). */
export interface PanelMeasure {
	/** The compact list flowing in `width` px, with the sites' names or with counts only. */
	list(width: number, names: boolean): number;
	/** The status chart in `columns` columns sharing `width` px. */
	chart(width: number, columns: number): number;
	/** The off-map note in `width` px (at least `NOTE_HEIGHT`, the tap target). */
	note(width: number): number;
}

/** How many lines items of these widths take when they flow (wrap) in `width` px. */
export function flowLines(widths: number[], width: number, gap = LIST_GAP): number {
	let lines = 0;
	let x = Infinity;
	for (const w of widths) {
		if (w > width) {
			// An item wider than the line wraps inside itself and takes whole lines.
			lines += Math.ceil(w / width);
			x = Infinity;
		} else if (x + gap + w > width) {
			lines += 1;
			x = w;
		} else {
			x += gap + w;
		}
	}
	return lines;
}

/**
 * Lay the chart out in `width` x `height`; the map keeps its aspect (`mapWidth` x `mapHeight`
 * viewBox). From 640 px wide, the status chart (with operators) goes beside the map or under it,
 * whichever leaves the bigger map. Narrower boxes stack the map, the off-map note and a compact
 * list; the list names the sites when the map can stay at `MIN_STACKED_SCALE` or more.
 */
export function minesLayout(
	width: number,
	height: number,
	mapWidth: number,
	mapHeight: number,
	panel: PanelMeasure
): MinesLayout {
	const stacked = (panelH: number, kind: 'chart' | 'list', columns: number, names: boolean) => {
		const noteH = panel.note(width);
		const areaH = Math.max(0, height - noteH - panelH - 2 * GAP);
		// Narrow screens trim the neighbours' margins at the sides: a bigger Kyrgyzstan.
		const scale = Math.min(width / (mapWidth - 2 * STACKED_CROP), areaH / mapHeight);
		const w = mapWidth * scale;
		const h = mapHeight * scale;
		// Centre the whole stack vertically in the box.
		const top = Math.max(0, (height - (h + 2 * GAP + noteH + panelH)) / 2);
		const layout: MinesLayout = {
			mode: 'stacked',
			map: { x: 0, y: top, w: width, h, scale, offsetX: (width - w) / 2, offsetY: 0 },
			note: { x: 0, y: top + h + GAP, w: width, h: noteH },
			panel: {
				x: 0,
				y: top + h + GAP + noteH + GAP,
				w: width,
				h: Math.max(panelH, height - (top + h + 2 * GAP + noteH)),
				kind,
				columns,
				names
			}
		};
		return layout;
	};

	if (width >= 640) {
		const panelW = Math.round(Math.min(360, Math.max(240, width * 0.34)));
		const areaW = width - panelW - 2 * GAP;
		const noteH = panel.note(areaW);
		const areaH = height - noteH - GAP;
		const scale = Math.min(areaW / mapWidth, areaH / mapHeight);
		const w = mapWidth * scale;
		const h = mapHeight * scale;
		const side: MinesLayout = {
			mode: 'side',
			map: { x: 0, y: 0, w: areaW, h, scale, offsetX: (areaW - w) / 2, offsetY: 0 },
			note: { x: 0, y: h + GAP, w: areaW, h: noteH },
			panel: {
				x: areaW + 2 * GAP,
				y: 0,
				w: panelW,
				h: height,
				kind: 'chart',
				columns: 1,
				names: true
			}
		};
		const columns = width >= 900 ? 4 : 2;
		const under = stacked(panel.chart(width, columns), 'chart', columns, true);
		return under.map.scale > side.map.scale ? under : side;
	}
	const named = stacked(panel.list(width, true), 'list', 1, true);
	if (named.map.scale >= Math.min(MIN_STACKED_SCALE, width / (mapWidth - 2 * STACKED_CROP)))
		return named;
	return stacked(panel.list(width, false), 'list', 1, false);
}

/** One line of a label. */
export interface LabelLine {
	text: string;
	/** Font size, px. */
	size: number;
	/** Font weight (400 / 700). */
	weight: number;
}

/** A label to place next to a point (a site), or centred on it (`centred`, e.g. a country name). */
export interface LabelRequest {
	id: string;
	x: number;
	y: number;
	/** Radius (px) of the mark at the point: the label keeps clear of it. */
	radius: number;
	lines: LabelLine[];
	/** Shorter lines to try when `lines` find no free spot (e.g. the name without its details). */
	fallback?: LabelLine[];
	/** Centred labels go exactly on the point or not at all. */
	centred?: boolean;
	/** Optional labels are dropped if they do not fit; required ones try farther spots with a leader. */
	optional?: boolean;
}

export interface PlacedLabel {
	id: string;
	box: Box;
	anchor: 'start' | 'middle' | 'end';
	/** x of the text (per `anchor`) and the baseline of each line. */
	textX: number;
	/** True when the shorter `fallback` lines were used. */
	short: boolean;
	baselines: number[];
	/** A line from the mark to the label, when the label had to sit farther away. */
	leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

const LINE_HEIGHT = 1.22;

/** Width and height of a label block. */
export function labelSize(lines: LabelLine[], measure: MeasureText = estimateTextWidth) {
	const w = Math.max(0, ...lines.map((l) => measure(l.text, l.size, l.weight)));
	const h = lines.reduce((sum, l) => sum + l.size * LINE_HEIGHT, 0);
	return { w: Math.ceil(w), h: Math.ceil(h) };
}

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function insideBounds(a: Box, bounds: Box): boolean {
	return (
		a.x >= bounds.x &&
		a.y >= bounds.y &&
		a.x + a.w <= bounds.x + bounds.w &&
		a.y + a.h <= bounds.y + bounds.h
	);
}

/** Grow a box by `p` px on every side. */
function pad(a: Box, p: number): Box {
	return { x: a.x - p, y: a.y - p, w: a.w + 2 * p, h: a.h + 2 * p };
}

/** The eight directions tried around a point, in order of preference. */
const DIRECTIONS: { dx: number; dy: number; anchor: PlacedLabel['anchor'] }[] = [
	{ dx: 1, dy: 0, anchor: 'start' },
	{ dx: -1, dy: 0, anchor: 'end' },
	{ dx: 0, dy: -1, anchor: 'middle' },
	{ dx: 0, dy: 1, anchor: 'middle' },
	{ dx: 1, dy: -1, anchor: 'start' },
	{ dx: -1, dy: -1, anchor: 'end' },
	{ dx: 1, dy: 1, anchor: 'start' },
	{ dx: -1, dy: 1, anchor: 'end' }
];

/**
 * Candidate boxes for a label of size w x h at distance `gap` from (x, y) in one direction: the
 * box centred on that side, then slid along it (so a wide label can lean away from a neighbour).
 */
function candidates(
	x: number,
	y: number,
	w: number,
	h: number,
	gap: number,
	dir: (typeof DIRECTIONS)[number]
): { box: Box; anchor: PlacedLabel['anchor'] }[] {
	const diag = dir.dx !== 0 && dir.dy !== 0 ? Math.SQRT1_2 : 1;
	const g = gap * diag;
	const bx = dir.dx > 0 ? x + g : dir.dx < 0 ? x - g - w : x - w / 2;
	const by = dir.dy > 0 ? y + g : dir.dy < 0 ? y - g - h : y - h / 2;
	const out = [{ box: { x: bx, y: by, w, h }, anchor: dir.anchor }];
	if (dir.dx === 0) {
		// Above or below: slide right (text starts near the point) or left (ends near it).
		out.push({ box: { x: x - 6, y: by, w, h }, anchor: 'start' });
		out.push({ box: { x: x + 6 - w, y: by, w, h }, anchor: 'end' });
	} else if (dir.dy === 0) {
		// Beside: slide down (first line level with the point) or up (last line level with it).
		out.push({ box: { x: bx, y: y - 8, w, h }, anchor: dir.anchor });
		out.push({ box: { x: bx, y: y + 8 - h, w, h }, anchor: dir.anchor });
	}
	return out;
}

/** The point of a box nearest to (x, y): where a leader line meets the label. */
function nearestPoint(b: Box, x: number, y: number) {
	return {
		x: Math.max(b.x, Math.min(x, b.x + b.w)),
		y: Math.max(b.y, Math.min(y, b.y + b.h))
	};
}

/** Lay out the text lines of a label inside its box. */
function finish(
	req: LabelRequest,
	lines: LabelLine[],
	box: Box,
	anchor: PlacedLabel['anchor'],
	leader: PlacedLabel['leader']
): PlacedLabel {
	const textX = anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.w : box.x + box.w / 2;
	const baselines: number[] = [];
	let y = box.y;
	for (const line of lines) {
		y += line.size * LINE_HEIGHT;
		baselines.push(Math.round((y - line.size * 0.28) * 10) / 10);
	}
	return { id: req.id, box, anchor, textX, baselines, leader, short: lines !== req.lines };
}

/**
 * Place labels in order (required ones first, in the order given; then optional ones). Each goes
 * to the first spot that stays inside `bounds` and clear (by 2 px) of every mark (`marks`) and
 * every label already placed: next to its point in one of eight directions, then farther out with
 * a leader line; then the same with its `fallback` lines. Required labels that find no spot are
 * listed in `failed`; optional ones are left out.
 */
export function placeLabels(
	requests: LabelRequest[],
	marks: Box[],
	bounds: Box,
	measure: MeasureText = estimateTextWidth
): { placed: PlacedLabel[]; failed: string[] } {
	const placed: PlacedLabel[] = [];
	const failed: string[] = [];
	const taken: Box[] = marks.map((m) => pad(m, 1));
	const free = (b: Box) => insideBounds(b, bounds) && taken.every((t) => !overlaps(pad(b, 2), t));
	const ordered = [...requests.filter((r) => !r.optional), ...requests.filter((r) => r.optional)];
	for (const req of ordered) {
		let done: PlacedLabel | null = null;
		for (const lines of req.fallback ? [req.lines, req.fallback] : [req.lines]) {
			done = spot(req, lines);
			if (done) break;
		}
		if (done) {
			placed.push(done);
			taken.push(done.box);
		} else if (!req.optional) {
			failed.push(req.id);
		}
	}

	/** The first free spot for `lines` of `req`, or null. */
	function spot(req: LabelRequest, lines: LabelLine[]): PlacedLabel | null {
		const { w, h } = labelSize(lines, measure);
		if (req.centred) {
			const box = { x: req.x - w / 2, y: req.y - h / 2, w, h };
			return free(box) ? finish(req, lines, box, 'middle', null) : null;
		}
		const near = req.radius + 4;
		for (const [k, gap] of [near, near + 12, near + 26, near + 42, near + 60].entries()) {
			for (const { box, anchor } of DIRECTIONS.flatMap((dir) =>
				candidates(req.x, req.y, w, h, gap, dir)
			)) {
				if (!free(box)) continue;
				let leader: PlacedLabel['leader'] = null;
				if (k > 0) {
					const p = nearestPoint(box, req.x, req.y);
					const len = Math.hypot(p.x - req.x, p.y - req.y) || 1;
					leader = {
						x1: req.x + ((p.x - req.x) / len) * (req.radius + 1),
						y1: req.y + ((p.y - req.y) / len) * (req.radius + 1),
						x2: p.x,
						y2: p.y
					};
				}
				return finish(req, lines, box, anchor, leader);
			}
		}
		return null;
	}
	return { placed, failed };
}
