/**
 * The shape of the `virtual:mines-map` module: a locator map of Kyrgyzstan already projected at
 * build time. Only SVG path strings, projected points and the fitted projection's parameters reach
 * the browser (no topology). Coordinates are in the map's own viewBox units (`width` x `height`).
 */

/** A latitude/longitude pair in degrees. */
export interface LatLon {
	lat: number;
	lon: number;
}

/** The projection's fit to the viewBox, as the build found it. */
export interface ProjectionFit {
	scale: number;
	translate: [number, number];
}

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
	/** Lake Issyk-Kul, the landmark readers know (Natural Earth lakes), or null if not found. */
	lake: MapLake | null;
	/**
	 * Where Kyrgyzstan's land (and its lake) lies in the view, as a coarse grid: `cols` x `rows`
	 * cells over the viewBox, row by row, "1" where the cell's centre is in Kyrgyzstan. The chart
	 * puts its inset where it hides the least of the country.
	 */
	landMask: { cols: number; rows: number; cells: string };
	/** Kyrgyzstan's place in Central Asia, for the inset. */
	inset: LocatorMap;
}

/** A lake on the map. */
export interface MapLake {
	/** Its name as the map writes it, e.g. "Lake Issyk-Kul". */
	name: string;
	/** The outside fact that names and credits it. */
	fact: string;
	/** SVG path data in viewBox units. */
	d: string;
	/** The middle of its outline's bounding box. */
	centre: MapPoint;
	/** Its bounding box in viewBox units. */
	bounds: { x: number; y: number; w: number; h: number };
}

/** A named country in the locator. */
export interface LocatorCountry {
	/** World-atlas id, e.g. "643". */
	id: string;
	/** English name from world-atlas, e.g. "Russia". */
	name: string;
	/** Where its name fits best (centre of the text), in locator viewBox units. */
	label: MapPoint;
}

/**
 * Kyrgyzstan's place in Central Asia, projected at build time (`locator-geometry.ts`), in its own
 * viewBox (`width` x `height`): every country's outline as one path, Kyrgyzstan apart, the
 * neighbours a reader needs named, Bishkek, and the main map's view as a frame.
 */
export interface LocatorMap {
	width: number;
	height: number;
	/** All other countries in view, one SVG path. */
	land: string;
	/** Kyrgyzstan: outline, its bounding box and a point well inside it. */
	focus: LocatorCountry & { d: string; box: { x: number; y: number; w: number; h: number } };
	/** Countries to name, most important first (Russia, Kazakhstan, China, Uzbekistan, Tajikistan). */
	named: LocatorCountry[];
	/** Bishkek, in locator units. */
	bishkek: MapPoint;
	/** The mines map's view as a closed path in locator units, or null. */
	frame: string | null;
}
