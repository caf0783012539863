/**
 * The shape of the `virtual:mines-map` module: a locator map of Kyrgyzstan already projected at
 * build time. Only SVG path strings, projected points and the fitted projection's parameters reach
 * the browser (no topology). Coordinates are in the map's own viewBox units (`width` x `height`).
 */

import type { ProjectionFit } from './projection';

/** A point in viewBox units, rounded to 1 decimal. */
export interface MapPoint {
	x: number;
	y: number;
}

/** A neighbouring country, clipped to the view. */
export interface MapNeighbour {
	/** ISO 3166-1 numeric id as in world-atlas, e.g. "398". */
	id: string;
	/** English name as in world-atlas, e.g. "Kazakhstan". */
	name: string;
	/** SVG path data, clipped to the viewBox. */
	d: string;
	/** Where its name can be written: well inside its visible part, centre of the text. */
	label: MapPoint;
}

/** A mining site with a position, projected. Sites without a position are not in this list. */
export interface MapSite extends MapPoint {
	/** Mine id from mines.yaml. */
	id: string;
}

export interface MinesMap {
	/** ViewBox width. */
	width: number;
	/** ViewBox height. */
	height: number;
	/** The projection's fit to the viewBox: `mapConic(projection)` places a position. */
	projection: ProjectionFit;
	/** Kyrgyzstan's outline (with the enclaves of its neighbours as holes), SVG path data. */
	country: string;
	/** Where "Kyrgyzstan" can be written (well inside the outline). */
	countryLabel: MapPoint;
	neighbours: MapNeighbour[];
	/** Bishkek, from the outside fact `pos-bishkek`. */
	bishkek: MapPoint & { fact: string };
	/** Mines that have a position, in the order of mines.yaml. */
	sites: MapSite[];
	/** Credit line for the outline. */
	credit: string;
}
