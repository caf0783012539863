/**
 * Where each label on a map goes so that no two overlap, nor cover a mark: the mines map's labels
 * (map-labels.ts), its inset's names (inset.ts) and the story's locator. Pure functions (no DOM):
 * text widths are estimated generously (shared/text.ts) so the prerendered layout is safe.
 */
import { estimateTextWidth, type MeasureText } from '../shared/text';

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
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
	/**
	 * The label names a mark at (x, y): it must sit nearer to that point than to any other marked
	 * point (see `placeLabels`), so that a reader can tell whose label it is. Default true for
	 * labels that are not `centred`.
	 */
	owned?: boolean;
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

/** Distance (px) from a point to the nearest point of a box (0 inside it). */
export function boxDistance(b: Box, x: number, y: number): number {
	const dx = Math.max(b.x - x, 0, x - (b.x + b.w));
	const dy = Math.max(b.y - y, 0, y - (b.y + b.h));
	return Math.hypot(dx, dy);
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

/** Small boxes along a leader line, every 4 px: labels placed later keep off them. */
function leaderBoxes(l: NonNullable<PlacedLabel['leader']>): Box[] {
	const len = Math.hypot(l.x2 - l.x1, l.y2 - l.y1);
	const n = Math.max(1, Math.ceil(len / 4));
	const out: Box[] = [];
	for (let i = 0; i <= n; i++) {
		const x = l.x1 + ((l.x2 - l.x1) * i) / n;
		const y = l.y1 + ((l.y2 - l.y1) * i) / n;
		out.push({ x: x - 1, y: y - 1, w: 2, h: 2 });
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

/** How strictly a label's spot must be its own (see `placeLabels`' `spot`). */
type Strictness = 1 | 0 | -1 | -2;

/** How much nearer (px) a label must be to its own point than to any other marked point. */
export const OWN_MARGIN = 3;

/**
 * Place labels in order (required ones first, in the order given; then optional ones). Each goes
 * to the first spot that stays inside `bounds` and clear (by 2 px) of every mark (`marks`) and
 * every label already placed: next to its point in one of eight directions, then farther out with
 * a leader line; then the same with its `fallback` lines. A label that names a mark (`owned`)
 * takes only spots nearer (by `OWN_MARGIN`) to its own point than to any other point of an owned
 * label, so in a cluster each label sits on its mark's far side from its neighbours; with a
 * leader, its leader must not pass over another mark. Required labels that find no spot are
 * listed in `failed`; optional ones are left out. O(n^2) in the labels (a map has a dozen).
 */
export function placeLabels(
	requests: LabelRequest[],
	marks: Box[],
	bounds: Box,
	measure: MeasureText = estimateTextWidth
): { placed: PlacedLabel[]; failed: string[] } {
	let placed: PlacedLabel[] = [];
	let failed: string[] = [];
	let taken: Box[] = [];
	const free = (b: Box) => insideBounds(b, bounds) && taken.every((t) => !overlaps(pad(b, 2), t));
	let ordered = [...requests.filter((r) => !r.optional), ...requests.filter((r) => r.optional)];
	const owns = (r: LabelRequest) => r.owned ?? !r.centred;
	const points = requests.filter(owns).map((r) => ({ x: r.x, y: r.y }));
	/** Whether `box` is unmistakably `req`'s: nearer its point than any other marked point. */
	const ownedBy = (req: LabelRequest, box: Box, margin: number) => {
		if (!owns(req)) return true;
		const own = boxDistance(box, req.x, req.y);
		return points.every(
			(p) => Math.hypot(p.x - req.x, p.y - req.y) < 1 || boxDistance(box, p.x, p.y) > own + margin
		);
	};
	/** Whether a leader from (x1, y1) to (x2, y2) stays clear of every label placed so far and every mark but its own. */
	const leaderClear = (req: LabelRequest, x2: number, y2: number, marksToo: boolean) =>
		placed.every((p) => {
			for (let i = 1; i < 8; i++) {
				const x = req.x + ((x2 - req.x) * i) / 8;
				const y = req.y + ((y2 - req.y) * i) / 8;
				if (boxDistance(p.box, x, y) < 2) return false;
			}
			return true;
		}) &&
		(!marksToo ||
			marks.every((m) => {
				if (boxDistance(m, req.x, req.y) < 0.5) return true;
				for (let i = 1; i < 8; i++) {
					const x = req.x + ((x2 - req.x) * i) / 8;
					const y = req.y + ((y2 - req.y) * i) / 8;
					if (boxDistance(m, x, y) < 1) return false;
				}
				return true;
			}));
	// A required label that found no spot goes first in the next attempt (a cluster's labels
	// can block each other in one order and not in another); three attempts at most.
	for (let attempt = 0; attempt < 3; attempt++) {
		placed = [];
		failed = [];
		taken = marks.map((m) => pad(m, 1));
		for (const req of ordered) {
			let done: PlacedLabel | null = null;
			// Strictly by its own mark first; a required label may then take a leader that only
			// keeps clear of other marks and labels.
			// Its own spot with all its lines, then with the shorter ones; any free spot last.
			const all = req.fallback ? [req.lines, req.fallback] : [req.lines];
			const levels: Strictness[] = req.optional ? [1] : [1, 0, -1];
			const tries: [LabelLine[], Strictness][] = [
				...all.flatMap((lines) => levels.map((l) => [lines, l] as [LabelLine[], Strictness])),
				...(req.optional ? [] : all.map((lines) => [lines, -2] as [LabelLine[], Strictness]))
			];
			for (const [lines, strict] of tries) {
				done = spot(req, lines, strict);
				if (done) break;
			}
			if (done) {
				placed.push(done);
				taken.push(done.box);
				// Later labels keep off the leader too: a line through text reads as a strike-through.
				if (done.leader) taken.push(...leaderBoxes(done.leader));
			} else if (!req.optional) {
				failed.push(req.id);
			}
		}
		if (failed.length === 0) break;
		const first = ordered.filter((r) => failed.includes(r.id));
		ordered = [...first, ...ordered.filter((r) => !failed.includes(r.id))];
	}

	/** The first free spot for `lines` of `req`, or null. */
	/**
	 * `strict` 1: only spots clearly `req`'s own; 0: spots beside it nearer its own mark than any
	 * other, or farther with a leader clear of marks and labels; -1 (for a required label): any
	 * free spot, its leader clear of labels; -2 (last resort): any free spot.
	 */
	function spot(req: LabelRequest, lines: LabelLine[], strict: Strictness): PlacedLabel | null {
		const { w, h } = labelSize(lines, measure);
		if (req.centred) {
			const box = { x: req.x - w / 2, y: req.y - h / 2, w, h };
			return free(box) ? finish(req, lines, box, 'middle', null) : null;
		}
		const near = req.radius + 4;
		const gaps = [near, near + 12, near + 26, near + 42, near + 60];
		if (strict < 0) gaps.push(near + 80, near + 100);
		for (const [k, gap] of gaps.entries()) {
			for (const { box, anchor } of DIRECTIONS.flatMap((dir) =>
				candidates(req.x, req.y, w, h, gap, dir)
			)) {
				// Strict: only spots clearly its own (by OWN_MARGIN). Otherwise a spot beside it must
				// still be nearer its own mark than any other; a farther one gets a leader.
				if (!free(box)) continue;
				if (strict === 1 && !ownedBy(req, box, OWN_MARGIN)) continue;
				if (strict === 0 && k === 0 && !ownedBy(req, box, 0)) continue;
				let leader: PlacedLabel['leader'] = null;
				if (k > 0) {
					const p = nearestPoint(box, req.x, req.y);
					if (strict > -2 && owns(req) && !leaderClear(req, p.x, p.y, strict >= 0)) continue;
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
