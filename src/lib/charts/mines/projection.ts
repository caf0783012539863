/**
 * The mines map's projection, used at build time only (`src/build/mines-map/`): it fits the map
 * to Kyrgyzstan's outline and places the outlines, the sites and Bishkek once, so the browser
 * gets projected points in `virtual:mines-map` and never loads d3-geo.
 */
import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { LatLon, MapPoint, ProjectionFit } from './map-types';

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
