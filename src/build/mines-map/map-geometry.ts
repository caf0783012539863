/**
 * Build-time geometry of the mines locator map (Node only; imported by `map-plugin.ts`, never by
 * browser code). Picks Kyrgyzstan and its four neighbours from a world-atlas topology, projects
 * them with an equal-area conic fitted to Kyrgyzstan, clips the neighbours to the view and returns
 * plain SVG path strings and projected points (see `map-types.ts`), and the fitted projection's
 * scale and translation, with which the chart places the sites itself (`projection.ts`).
 */
import type { GeoProjection, GeoStream } from 'd3-geo';
import { geoArea, geoBounds, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapLake, MapNeighbour, MapPoint, MinesMap } from '../../lib/charts/mines/map-types';
import { buildLocator, coarsePath } from './locator-geometry.ts';
import { mapConic, projectLatLon, round1, type LatLon } from '../../lib/charts/mines/projection.ts';

export { parseLatLon, round1, type LatLon } from '../../lib/charts/mines/projection.ts';

/** World-atlas id of Kyrgyzstan. */
export const KYRGYZSTAN_ID = '417';

/** World-atlas ids of the neighbours drawn around it (Kazakhstan, Uzbekistan, Tajikistan, China). */
export const NEIGHBOUR_IDS = ['398', '860', '762', '156'] as const;

/** ViewBox of the map: landscape, like the country. */
export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 300;

/**
 * Where Kyrgyzstan is fitted inside the viewBox. The margins leave room for labels: more above
 * (the Chuy valley with Bishkek lies on the northern border) than below.
 */
export const FIT_EXTENT: [[number, number], [number, number]] = [
	[16, 40],
	[584, 290]
];

/** What the map needs from the content. */
export interface MapInput {
	/** The world-atlas countries topology (e.g. countries-50m.json). */
	topology: Topology;
	/** Mines in content order; those with a null position are left out of the map. */
	mines: { id: string; position: LatLon | null }[];
	/** Bishkek's position and the id of the outside fact it comes from. */
	bishkek: LatLon & { fact: string };
	/** Credit line for the outline. */
	credit: string;
	/** A world-atlas topology for the Central Asia inset (110m is plenty). */
	locatorTopology: Topology;
	/**
	 * A topology with a `lakes` object (Natural Earth lakes), the name to write on the lake and
	 * the outside fact that credits it. The lakes carry no names: the lake drawn is the largest
	 * one inside Kyrgyzstan, and its outline must surround `at`, the named lake's position.
	 */
	lakes?: {
		topology: Topology;
		name: string;
		fact: string;
		/** The named lake's position (from its outside fact). */
		at: LatLon;
	};
}

/** Columns and rows of the land mask (see `MinesMap.landMask`). */
export const MASK_COLS = 40;
export const MASK_ROWS = 20;

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
function inside(rings: Ring[], x: number, y: number): boolean {
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

/** The projection used for the map: an equal-area conic fitted to Kyrgyzstan's outline. */
export function mapProjection(country: Feature<Geometry>): GeoProjection {
	return mapConic()
		.fitExtent(FIT_EXTENT, country)
		.clipExtent([
			[0, 0],
			[MAP_WIDTH, MAP_HEIGHT]
		]);
}

/**
 * Project a position to a rounded point (the chart's own code, `projectLatLon`); throws if it
 * falls outside the view.
 */
function projectPoint(projection: GeoProjection, pos: LatLon, what: string): MapPoint {
	const p = projectLatLon(projection, pos);
	if (!p || !(p.x >= 0 && p.x <= MAP_WIDTH && p.y >= 0 && p.y <= MAP_HEIGHT)) {
		throw new Error(
			`mines map: ${what} (${pos.lat} N, ${pos.lon} E) falls outside the map of Kyrgyzstan.`
		);
	}
	return p;
}

/**
 * The largest lake of a Natural Earth lakes topology whose bounding box's centre lies inside
 * `country`; throws unless its outline surrounds `at` (the named lake must be where its source
 * places it).
 */
export function largestLakeIn(
	topology: Topology,
	country: Feature<Geometry>,
	at: LatLon
): Feature<Geometry> {
	const object = topology.objects.lakes as GeometryCollection | undefined;
	if (!object) throw new Error('mines map: the lakes topology has no "lakes" object.');
	let best: Feature<Geometry> | null = null;
	let bestArea = 0;
	for (const lake of feature(topology, object).features as Feature<Geometry>[]) {
		const [[w, s], [e, n]] = geoBounds(lake);
		if (!geoContains(country, [(w + e) / 2, (s + n) / 2])) continue;
		const area = geoArea(lake);
		if (area > bestArea) {
			best = lake;
			bestArea = area;
		}
	}
	if (!best) throw new Error('mines map: no lake of the lakes topology lies in Kyrgyzstan.');
	if (!geoContains(best, [at.lon, at.lat])) {
		const [[w, s], [e, n]] = geoBounds(best);
		throw new Error(
			`mines map: the largest lake in Kyrgyzstan (${w.toFixed(2)} to ${e.toFixed(2)} E, ${s.toFixed(2)} to ${n.toFixed(2)} N) does not surround the position of the lake the map names (${at.lat} N, ${at.lon} E).`
		);
	}
	return best;
}

/** The lake projected and clipped to the view, with its box and centre. */
function projectLake(
	projection: GeoProjection,
	lake: Feature<Geometry>,
	name: string,
	fact: string
): MapLake | null {
	const rings = projectedRings(projection, lake);
	const d = ringsToPath(rings);
	if (!d) return null;
	const xs = rings.flat().map((p) => p[0]);
	const ys = rings.flat().map((p) => p[1]);
	const x = Math.min(...xs);
	const y = Math.min(...ys);
	const w = Math.max(...xs) - x;
	const h = Math.max(...ys) - y;
	return {
		name,
		fact,
		d,
		centre: { x: round1(x + w / 2), y: round1(y + h / 2) },
		bounds: { x: round1(x), y: round1(y), w: round1(w), h: round1(h) }
	};
}

/** The land mask: "1" for each grid cell whose centre is inside the rings. */
export function landMask(rings: Ring[], view: { width: number; height: number }) {
	let cells = '';
	for (let r = 0; r < MASK_ROWS; r++) {
		for (let c = 0; c < MASK_COLS; c++) {
			const x = ((c + 0.5) * view.width) / MASK_COLS;
			const y = ((r + 0.5) * view.height) / MASK_ROWS;
			cells += inside(rings, x, y) ? '1' : '0';
		}
	}
	return { cols: MASK_COLS, rows: MASK_ROWS, cells };
}

/** The viewBox's outline as positions (the projection's inverse), for the locator's frame. */
function viewOutline(projection: GeoProjection): LatLon[] {
	const steps = 8;
	const pts: [number, number][] = [];
	for (let i = 0; i < steps; i++) pts.push([(MAP_WIDTH * i) / steps, 0]);
	for (let i = 0; i < steps; i++) pts.push([MAP_WIDTH, (MAP_HEIGHT * i) / steps]);
	for (let i = 0; i < steps; i++) pts.push([MAP_WIDTH - (MAP_WIDTH * i) / steps, MAP_HEIGHT]);
	for (let i = 0; i < steps; i++) pts.push([0, MAP_HEIGHT - (MAP_HEIGHT * i) / steps]);
	return pts.flatMap(([x, y]) => {
		const p = projection.invert?.([x, y]);
		return p ? [{ lon: p[0], lat: p[1] }] : [];
	});
}

/** Build the whole locator map (see `MinesMap`) from a topology and the content's positions. */
export function buildMinesMap(input: MapInput): MinesMap {
	const object = input.topology.objects.countries as GeometryCollection | undefined;
	if (!object) throw new Error('mines map: the topology has no "countries" object.');
	const collection = feature(input.topology, object);
	const byId = (id: string) => {
		const found = collection.features.find((f) => String(f.id) === id);
		if (!found) throw new Error(`mines map: country ${id} is missing from the topology.`);
		return found;
	};
	const country = byId(KYRGYZSTAN_ID);
	const projection = mapProjection(country);
	const view = { width: MAP_WIDTH, height: MAP_HEIGHT };

	const countryRings = projectedRings(projection, country);
	const neighbours: MapNeighbour[] = [];
	for (const id of NEIGHBOUR_IDS) {
		const f = byId(id);
		const rings = projectedRings(projection, f);
		// Neighbours are faint context: whole units, points closer than 2.5 units dropped (about
		// 3 px at desktop sizes, on lines drawn in the recede colour).
		const d = coarsePath(rings, 2.5);
		const label = labelPoint(rings, view);
		if (!d || !label) continue;
		neighbours.push({
			id,
			name: String((f.properties as { name?: string } | null)?.name ?? id),
			d,
			label: { x: round1(label.x), y: round1(label.y) }
		});
	}
	const countryLabel = labelPoint(countryRings, view);
	if (!countryLabel) throw new Error('mines map: Kyrgyzstan is not inside the view.');

	return {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		projection: { scale: projection.scale(), translate: projection.translate() },
		// Whole units, points closer than 1.5 units dropped: about 1 px at the largest map, for a
		// chart island within its 35 KB.
		country: coarsePath(countryRings, 1.5),
		countryLabel,
		neighbours,
		bishkek: { ...projectPoint(projection, input.bishkek, 'Bishkek'), fact: input.bishkek.fact },
		sites: input.mines.flatMap((m) =>
			m.position ? [{ id: m.id, ...projectPoint(projection, m.position, `mine "${m.id}"`) }] : []
		),
		credit: input.credit,
		lake: input.lakes
			? projectLake(
					projection,
					largestLakeIn(input.lakes.topology, country, input.lakes.at),
					input.lakes.name,
					input.lakes.fact
				)
			: null,
		landMask: landMask(countryRings, view),
		inset: buildLocator({
			topology: input.locatorTopology,
			focusId: KYRGYZSTAN_ID,
			bishkek: input.bishkek,
			frame: viewOutline(projection)
		})
	};
}
