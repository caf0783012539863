declare module 'virtual:mines-map' {
	import type { MinesMap } from '$lib/charts/mines/map-types';
	/** The mines locator map, projected at build time by `map-plugin.ts`. */
	export const map: MinesMap;
}
