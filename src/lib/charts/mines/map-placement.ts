/**
 * Everything placed on the mines map for one box and one state, as the chart draws it: the
 * inset's corner (the same at every step) and names, then the labels, which keep off the inset.
 * One function for the chart and its tests. Pure.
 */
import type { Mine, MinesState } from '$lib/content/types';
import { estimateTextWidth, type MeasureText } from '../shared/text';
import { insetLabels, insetPlacement, type InsetLabel, type InsetPlacement } from './inset';
import type { Box } from './place-labels';
import {
	lakeBox,
	mapLabels,
	mapMarks,
	markBoxes,
	toChart,
	type MapLabels,
	type MapTransform
} from './map-labels';
import type { MinesMap } from './map-types';

/** The map's labels, its inset and the inset's names. */
export interface MapPlacement extends MapLabels {
	inset: InsetPlacement | null;
	insetNames: InsetLabel[];
}

/** Room (px) kept free of the inset around Bishkek, for the labels of the sites that crowd there. */
export const CLUSTER_ROOM = { w: 200, h: 110 };

/**
 * Where the inset goes in a map box: off every mark, the lake and the room around Bishkek,
 * whatever the step.
 */
export function mapInset(map: MinesMap, mines: Mine[], t: MapTransform, bounds: Box) {
	const lake = lakeBox(map, t);
	const city = toChart(t, map.bishkek);
	// The sites crowd around Bishkek: their labels need the room there more than the inset does.
	const cluster = {
		x: city.x - CLUSTER_ROOM.w / 2,
		y: city.y - CLUSTER_ROOM.h / 2,
		...CLUSTER_ROOM
	};
	const avoid = [...markBoxes(mapMarks(map, mines, t), city), cluster, ...(lake ? [lake] : [])];
	return insetPlacement(map, t, bounds, avoid);
}

/**
 * The last inset placed, by the very objects it was placed for: a step change gives the same map,
 * sites, transform and bounds (the chart derives them from the box alone), and the inset does not
 * depend on the step, so it is not searched for again (about 5 ms on a slow phone).
 */
let lastInset:
	{ key: [MinesMap, Mine[], MapTransform, Box]; inset: ReturnType<typeof mapInset> } | undefined;

function insetFor(map: MinesMap, mines: Mine[], t: MapTransform, bounds: Box) {
	const key: [MinesMap, Mine[], MapTransform, Box] = [map, mines, t, bounds];
	if (!lastInset || lastInset.key.some((part, i) => part !== key[i])) {
		lastInset = { key, inset: mapInset(map, mines, t, bounds) };
	}
	return lastInset.inset;
}

/** Margin (px) kept inside the map's edges for glyphs that outrun their measured width. */
export const LABEL_EDGE = 3;

/** Where labels may go in a map box of `w` x `h`: the map less `LABEL_EDGE` on every side. */
export function labelBounds(map: { w: number; h: number }): Box {
	return { x: LABEL_EDGE, y: LABEL_EDGE, w: map.w - 2 * LABEL_EDGE, h: map.h - 2 * LABEL_EDGE };
}

/** Place the inset, its names and the map's labels for `state` in `bounds` (chart px). */
export function mapPlacement(
	map: MinesMap,
	mines: Mine[],
	t: MapTransform,
	bounds: Box,
	state: Pick<MinesState, 'focus' | 'summary'>,
	measure: MeasureText = estimateTextWidth
): MapPlacement {
	const inset = insetFor(map, mines, t, bounds);
	const insetNames = inset ? insetLabels(map.inset, inset, measure) : [];
	return { ...mapLabels(map, mines, t, bounds, state, measure, inset), inset, insetNames };
}
