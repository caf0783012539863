/**
 * The mines map's projection, shared by the build (which fits it to Kyrgyzstan's outline and
 * draws the outlines, `map-geometry.ts`) and the chart (which places the sites and Bishkek with
 * it, in the prerender and in the browser). Only the fitted scale and translation travel to the
 * browser, in `virtual:mines-map`; the world outline topology never does.
 */
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { LatLon, MapPoint, MinesMap, ProjectionFit } from './map-types';

export type { LatLon, ProjectionFit } from './map-types';

/** An equal-area conic centred on Kyrgyzstan; with `fit`, scaled into the map's viewBox. */
export function mapConic(fit?: ProjectionFit): GeoProjection {
	const projection = geoConicEqualArea().parallels([40, 42.5]).rotate([-74.8, 0]);
	return fit ? projection.scale(fit.scale).translate(fit.translate) : projection;
}

/** Round to one decimal (the precision of every coordinate the chart draws). */
export function round1(value: number): number {
	return Math.round(value * 10) / 10;
}

/** A position in viewBox units, rounded; null if the projection cannot place it. */
export function projectLatLon(projection: GeoProjection, pos: LatLon): MapPoint | null {
	const p = projection([pos.lon, pos.lat]);
	return p ? { x: round1(p[0]), y: round1(p[1]) } : null;
}

/**
 * Parse a position written like "42.875 N, 74.612 E" (the form used in facts.yaml). Returns null
 * when the text holds no such pair.
 */
export function parseLatLon(text: string): LatLon | null {
	const match = /(\d+(?:\.\d+)?)\s*°?\s*([NS])\s*,\s*(\d+(?:\.\d+)?)\s*°?\s*([EW])/.exec(text);
	if (!match) return null;
	const [, lat, ns, lon, ew] = match;
	return {
		lat: Number(lat) * (ns === 'S' ? -1 : 1),
		lon: Number(lon) * (ew === 'W' ? -1 : 1)
	};
}

/** The sites with a position, projected, in the order given. */
export function projectSites(
	projection: GeoProjection,
	mines: readonly { id: string; position: LatLon | null }[]
): (MapPoint & { id: string })[] {
	return mines.flatMap((m) => {
		const p = m.position && projectLatLon(projection, m.position);
		return p ? [{ id: m.id, ...p }] : [];
	});
}

/**
 * The map with its sites and Bishkek placed from their latitude and longitude (the mines'
 * positions, Bishkek's fact), with the projection the build fitted to the outline.
 */
export function locateMap(
	map: MinesMap,
	mines: readonly { id: string; position: LatLon | null }[],
	facts: readonly { id: string; value: string }[]
): MinesMap {
	const projection = mapConic(map.projection);
	const bishkekPos = parseLatLon(facts.find((f) => f.id === map.bishkek.fact)?.value ?? '');
	const bishkek = (bishkekPos && projectLatLon(projection, bishkekPos)) || map.bishkek;
	return {
		...map,
		sites: projectSites(projection, mines),
		bishkek: { ...bishkek, fact: map.bishkek.fact }
	};
}
