/**
 * Projected rings and the little geometry the map and its locator both draw with: paths from
 * rings, points from paths, and a label point inside a polygon. Build time only (Node).
 */
import type { GeoProjection, GeoStream } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { MapPoint } from '../../lib/charts/mines/map-types';

/** A projected ring of points. */
export type Ring = [number, number][];

/** Stream a feature through the projection (with its clipping) and collect the projected rings. */
export function projectedRings(projection: GeoProjection, geo: Feature<Geometry>): Ring[] {
	const rings: Ring[] = [];
	let ring: Ring | null = null;
	const sink: GeoStream = {
		point(x, y) {
			ring?.push([x, y]);
		},
		lineStart() {
			ring = [];
		},
		lineEnd() {
			if (ring && ring.length > 2) rings.push(ring);
			ring = null;
		},
		polygonStart() {},
		polygonEnd() {},
		sphere() {}
	};
	const stream = projection.stream(sink);
	streamGeometry(geo.geometry, stream);
	return rings;
}

/** Feed polygons (the only geometry country outlines have) into a d3 stream. */
function streamGeometry(geometry: Geometry, stream: GeoStream): void {
	const polygons =
		geometry.type === 'Polygon'
			? [geometry.coordinates]
			: geometry.type === 'MultiPolygon'
				? geometry.coordinates
				: [];
	for (const polygon of polygons) {
		stream.polygonStart();
		for (const ring of polygon) {
			stream.lineStart();
			// GeoJSON rings repeat the first point at the end; d3 streams do not.
			for (const [lon, lat] of ring.slice(0, -1)) stream.point(lon!, lat!);
			stream.lineEnd();
		}
		stream.polygonEnd();
	}
}

/** A number as short as SVG allows: "0.5" is ".5", "-0.5" is "-.5". */
function short(n: number): string {
	return String(n).replace(/^(-?)0\./, '$1.');
}

/**
 * SVG path data for projected rings, rounded to 1 decimal, without repeated points: each ring an
 * absolute move, then relative lines (`l`) between the rounded points, so that the numbers are
 * small and the bytes few (the outlines are most of the map's island). Exact: the deltas are
 * taken between already rounded points. Read back with `pathPoints`.
 */
export function ringsToPath(rings: Ring[], precision = 10): string {
	let d = '';
	const round = (v: number) => Math.round(v * precision) / precision;
	for (const ring of rings) {
		const points: [number, number][] = [];
		for (const [x, y] of ring) {
			const p: [number, number] = [round(x), round(y)];
			const last = points[points.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
		}
		const first = points[0];
		const end = points[points.length - 1];
		if (points.length > 1 && first && end && first[0] === end[0] && first[1] === end[1])
			points.pop();
		if (points.length < 3) continue;
		let out = `M${short(points[0]![0])} ${short(points[0]![1])}l`;
		for (let i = 1; i < points.length; i++) {
			const dx = round(points[i]![0] - points[i - 1]![0]);
			const dy = round(points[i]![1] - points[i - 1]![1]);
			const xs = short(dx);
			const ys = short(dy);
			// A minus sign separates numbers by itself; otherwise a space does.
			out += (i > 1 && !xs.startsWith('-') ? ' ' : '') + xs + (ys.startsWith('-') ? '' : ' ') + ys;
		}
		d += `${out}z`;
	}
	return d;
}

/** The absolute points of path data written by `ringsToPath` (for checks and tests). */
export function pathPoints(d: string): { x: number; y: number }[] {
	const out: { x: number; y: number }[] = [];
	for (const ring of d.split('z')) {
		if (!ring) continue;
		const [move = '', lines = ''] = ring.slice(1).split('l');
		const nums = (t: string) => (t.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		const [x0 = 0, y0 = 0] = nums(move);
		let x = x0;
		let y = y0;
		out.push({ x, y });
		const deltas = nums(lines);
		for (let i = 0; i + 1 < deltas.length; i += 2) {
			x = Math.round((x + deltas[i]!) * 10) / 10;
			y = Math.round((y + deltas[i + 1]!) * 10) / 10;
			out.push({ x, y });
		}
	}
	return out;
}

/** Even-odd point-in-polygon test over all rings (holes included). */
export function inside(rings: Ring[], x: number, y: number): boolean {
	let hit = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i]!;
			const [xj, yj] = ring[j]!;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
		}
	}
	return hit;
}

/** Distance from a point to a segment, with vertical distances weighted by `k`. */
function segmentDistance(
	px: number,
	py: number,
	[ax, ay]: [number, number],
	[bx, by]: [number, number],
	k: number
): number {
	const dx = bx - ax;
	const dy = (by - ay) * k;
	const qx = px - ax;
	const qy = (py - ay) * k;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (qx * dx + qy * dy) / len2));
	return Math.hypot(qx - t * dx, qy - t * dy);
}

/**
 * A point well inside the rings where a one-line label fits best: the grid point farthest from
 * any edge (and from the view's edge, and from the edges of `avoid`), measuring vertical
 * distances `k` times over, since labels are much wider than tall. Null when no grid point is
 * inside.
 */
export function labelPoint(
	rings: Ring[],
	view: { width: number; height: number },
	k = 4,
	step = 2,
	avoid: Ring[] = []
): MapPoint | null {
	let best: MapPoint | null = null;
	let bestScore = -1;
	for (let y = step; y < view.height; y += step) {
		for (let x = step; x < view.width; x += step) {
			if (!inside(rings, x, y)) continue;
			let score = Math.min(x, view.width - x, k * y, k * (view.height - y));
			// Rings to keep away from (e.g. the country a locator highlights) count as edges too.
			for (const ring of [...rings, ...avoid]) {
				for (let i = 0, j = ring.length - 1; i < ring.length && score > bestScore; j = i++) {
					score = Math.min(score, segmentDistance(x, y, ring[j]!, ring[i]!, k));
				}
			}
			if (score > bestScore) {
				bestScore = score;
				best = { x, y };
			}
		}
	}
	return best;
}
