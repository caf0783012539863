/**
 * Build-time geometry of the Central Asia locator, for the mines map's inset and the story's
 * headline locator alike; only path strings and points leave this module.
 */
import type { Feature, Geometry } from 'geojson';
import type { GeoProjection } from 'd3-geo';
import { geoConicEqualArea } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import { labelPoint, projectedRings, ringsToPath, type Ring } from './rings.ts';
import type { LocatorMap, MapPoint } from '../../lib/charts/mines/map-types';
import { projectLatLon, round1, type LatLon } from '../../lib/charts/mines/projection.ts';

export const LOCATOR_WIDTH = 300;
export const LOCATOR_HEIGHT = 200;

/** [lon, lat] corners: the Caspian to western Mongolia, Afghanistan to southern Siberia. */
export const LOCATOR_BOUNDS: [[number, number], [number, number]] = [
	[55, 35.5],
	[93, 56.5]
];

/** Named, most prominent first: Russia, Kazakhstan, China, Uzbekistan, Tajikistan. */
export const NAMED_IDS = ['643', '398', '156', '860', '762'] as const;

/** Unnamed context: Turkmenistan, Afghanistan, Mongolia. */
export const CONTEXT_IDS = ['795', '004', '496'] as const;

export function locatorProjection(): GeoProjection {
	const [[w, s], [e, n]] = LOCATOR_BOUNDS;
	const steps = 12;
	const outline: [number, number][] = [];
	for (let i = 0; i <= steps; i++) outline.push([w + ((e - w) * i) / steps, s]);
	for (let i = 0; i <= steps; i++) outline.push([e, s + ((n - s) * i) / steps]);
	for (let i = 0; i <= steps; i++) outline.push([e - ((e - w) * i) / steps, n]);
	for (let i = 0; i <= steps; i++) outline.push([w, n - ((n - s) * i) / steps]);
	const box: Feature<Geometry> = {
		type: 'Feature',
		properties: {},
		geometry: { type: 'MultiPoint', coordinates: outline }
	};
	return geoConicEqualArea()
		.parallels([40, 52])
		.rotate([-72.5, 0])
		.fitExtent(
			[
				[0, 0],
				[LOCATOR_WIDTH, LOCATOR_HEIGHT]
			],
			box
		)
		.clipExtent([
			[-1, -1],
			[LOCATOR_WIDTH + 1, LOCATOR_HEIGHT + 1]
		]);
}

/** Drops points within `tolerance` of the last kept: exact to the eye, for few bytes. */
export function coarsePath(rings: Ring[], tolerance = 4, precision = 1): string {
	const kept = rings.map((ring) => {
		const out: [number, number][] = [];
		for (const [x, y] of ring) {
			const last = out[out.length - 1];
			if (last && Math.hypot(x - last[0], y - last[1]) < tolerance) continue;
			out.push([x, y]);
		}
		return out;
	});
	return ringsToPath(kept, precision);
}

export interface LocatorInput {
	/** World-atlas countries (110m is plenty at this scale). */
	topology: Topology;
	focusId: string;
	bishkek: LatLon;
	/** The main map's view outline, drawn as a frame. */
	frame?: LatLon[];
}

export function buildLocator(input: LocatorInput): LocatorMap {
	const object = input.topology.objects.countries as GeometryCollection | undefined;
	if (!object) throw new Error('locator: the topology has no "countries" object.');
	const features = feature(input.topology, object).features as Feature<Geometry>[];
	const projection = locatorProjection();
	const view = { width: LOCATOR_WIDTH, height: LOCATOR_HEIGHT };
	const nameOf = (f: Feature<Geometry>) =>
		String((f.properties as { name?: string } | null)?.name ?? f.id);

	let land = '';
	const keep = [...NAMED_IDS, ...CONTEXT_IDS, input.focusId] as string[];
	let focus: LocatorMap['focus'] | null = null;
	const named: LocatorMap['named'] = [];
	const focusFeature = features.find((f) => String(f.id) === input.focusId);
	// Names keep away from Kyrgyzstan, the one shape the locator is about.
	const avoid = focusFeature ? projectedRings(projection, focusFeature) : [];
	for (const f of features) {
		if (!keep.includes(String(f.id))) continue;
		const rings = projectedRings(projection, f);
		const d = coarsePath(rings);
		if (!d) continue;
		const id = String(f.id);
		if (id === input.focusId) {
			const label = labelPoint(rings, view, 2, 2);
			if (!label) throw new Error('locator: Kyrgyzstan is not inside the view.');
			const xs = rings.flat().map((p) => p[0]);
			const ys = rings.flat().map((p) => p[1]);
			const x = Math.floor(Math.min(...xs));
			const y = Math.floor(Math.min(...ys));
			const box = { x, y, w: Math.ceil(Math.max(...xs)) - x, h: Math.ceil(Math.max(...ys)) - y };
			focus = { id, name: nameOf(f), d, box, label: roundPoint(label) };
			continue;
		}
		land += d;
		if ((NAMED_IDS as readonly string[]).includes(id)) {
			const label = labelPoint(rings, view, 4, 4, avoid);
			if (label) named.push({ id, name: nameOf(f), label: roundPoint(label) });
		}
	}
	if (!focus) throw new Error(`locator: country ${input.focusId} is missing from the topology.`);
	for (const id of NAMED_IDS) {
		if (!named.some((n) => n.id === id)) {
			throw new Error(`locator: country ${id} is missing from the topology or the view.`);
		}
	}
	named.sort((a, b) => NAMED_IDS.indexOf(a.id as never) - NAMED_IDS.indexOf(b.id as never));
	const bishkek = projectLatLon(projection, input.bishkek);
	if (!bishkek) throw new Error('locator: Bishkek falls outside the locator.');
	let frame: string | null = null;
	if (input.frame && input.frame.length > 2) {
		const ring: Ring = input.frame.flatMap((p) => {
			const xy = projection([p.lon, p.lat]);
			return xy ? [xy] : [];
		});
		frame = coarsePath([ring], 0) || null;
	}
	return {
		width: LOCATOR_WIDTH,
		height: LOCATOR_HEIGHT,
		land,
		focus,
		named,
		bishkek,
		frame
	};
}

function roundPoint(p: MapPoint): MapPoint {
	return { x: round1(p.x), y: round1(p.y) };
}
