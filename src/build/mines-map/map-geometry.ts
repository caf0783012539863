/**
 * Build-time geometry of the mines map: Kyrgyzstan and its neighbours projected with an equal-area
 * conic, as SVG paths and points, plus the fitted projection with which the chart places the sites.
 */
import type { GeoProjection } from 'd3-geo';
import { geoArea, geoBounds, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapLake, MapNeighbour, MapPoint, MinesMap } from '../../lib/charts/mines/map-types';
import { buildLocator, coarsePath } from './locator-geometry.ts';
import { inside, labelPoint, projectedRings, ringsToPath, type Ring } from './rings.ts';

export { pathPoints, labelPoint, projectedRings, ringsToPath, type Ring } from './rings.ts';
import { mapConic, projectLatLon, round1, type LatLon } from '../../lib/charts/mines/projection.ts';

export { parseLatLon, round1, type LatLon } from '../../lib/charts/mines/projection.ts';

export const KYRGYZSTAN_ID = '417';

/** Kazakhstan, Uzbekistan, Tajikistan, China. */
export const NEIGHBOUR_IDS = ['398', '860', '762', '156'] as const;

export const MAP_WIDTH = 600;
export const MAP_HEIGHT = 300;

/** More room above for labels: Bishkek and the Chuy valley lie on the northern border. */
export const FIT_EXTENT: [[number, number], [number, number]] = [
	[16, 40],
	[584, 290]
];

export interface MapInput {
	topology: Topology;
	/** In content order; a null position is left off the map. */
	mines: { id: string; position: LatLon | null }[];
	bishkek: LatLon & { fact: string };
	credit: string;
	locatorTopology: Topology;
	/** Natural Earth's lakes carry no names: see `largestLakeIn`. */
	lakes?: {
		topology: Topology;
		name: string;
		fact: string;
		at: LatLon;
	};
}

export const MASK_COLS = 40;
export const MASK_ROWS = 20;

export function mapProjection(country: Feature<Geometry>): GeoProjection {
	return mapConic()
		.fitExtent(FIT_EXTENT, country)
		.clipExtent([
			[0, 0],
			[MAP_WIDTH, MAP_HEIGHT]
		]);
}

/** Throws when the position falls outside the view. */
function projectPoint(projection: GeoProjection, pos: LatLon, what: string): MapPoint {
	const p = projectLatLon(projection, pos);
	if (!p || !(p.x >= 0 && p.x <= MAP_WIDTH && p.y >= 0 && p.y <= MAP_HEIGHT)) {
		throw new Error(
			`mines map: ${what} (${pos.lat} N, ${pos.lon} E) falls outside the map of Kyrgyzstan.`
		);
	}
	return p;
}

/** The largest lake centred in `country`; throws unless it surrounds `at` (its source's). */
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

/** The viewBox's outline as positions, for the locator's frame. */
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
		// Faint context: 2.5 units is about 3 px at desktop sizes.
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
		// 1.5 units: about 1 px at the largest map, for an island within its 35 KB.
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
