/**
 * Layout of the mines chart: where the map, the off-map note and the status panel go in the
 * chart's box. Pure functions (no DOM): text widths are estimated generously (shared/text.ts) so
 * the prerendered layout is safe. Where each label on the map goes is `place-labels.ts`.
 */
import { phonePrerenderSize } from '../shared/prerender-size';
import type { Box } from './place-labels';

// The story's locator (story/Locator.svelte) places its labels with these, from this module.
export { placeLabels, type LabelRequest } from './place-labels';

/** Height of the off-map note: a 44 px tap target holding up to two lines. */
export const NOTE_HEIGHT = 44;
/** Gap between the parts of the chart. */
export const GAP = 8;
/** Line height of the compact status list under the map (phones). */
export const LIST_LINE = 20;
/** Horizontal gap between items of the compact status list. */
export const LIST_GAP = 14;
/**
 * ViewBox units trimmed from each side of the map when it is stacked (narrow screens): only the
 * neighbours' land is cut, Kyrgyzstan itself spans x 40 to 560 of 600.
 */
export const STACKED_CROP = 36;
/** The map never shrinks below this scale to make room for names in the list. */
export const MIN_STACKED_SCALE = 0.55;

export interface MinesLayout {
	/** `side`: status chart beside the map; `stacked`: status chart or compact list under it. */
	mode: 'side' | 'stacked';
	/** The map's box in the chart, and how the map's viewBox is scaled into it. */
	map: Box & { scale: number; offsetX: number; offsetY: number };
	/** The off-map note ("No location given: ..."). */
	note: Box;
	/**
	 * The status panel: a `chart` (groups with operators, in `columns` columns) or, on phones, a
	 * compact `list` that flows in lines, naming the sites (`names`) or only counting them.
	 */
	panel: Box & { kind: 'chart' | 'list'; columns: number; names: boolean };
}

/** Heights (px) the status panel needs, estimated from its text (see `panelHeights` in status.ts). */
export interface PanelMeasure {
	/** The compact list flowing in `width` px, with the sites' names or with counts only. */
	list(width: number, names: boolean): number;
	/** The status chart in `columns` columns sharing `width` px. */
	chart(width: number, columns: number): number;
	/** The off-map note in `width` px (at least `NOTE_HEIGHT`, the tap target). */
	note(width: number): number;
}

/** How many lines items of these widths take when they flow (wrap) in `width` px. */
export function flowLines(widths: number[], width: number, gap = LIST_GAP): number {
	let lines = 0;
	let x = Infinity;
	for (const w of widths) {
		if (w > width) {
			// An item wider than the line wraps inside itself and takes whole lines.
			lines += Math.ceil(w / width);
			x = Infinity;
		} else if (x + gap + w > width) {
			lines += 1;
			x = w;
		} else {
			x += gap + w;
		}
	}
	return lines;
}

/**
 * Lay the chart out in `width` x `height`; the map keeps its aspect (`mapWidth` x `mapHeight`
 * viewBox). From 640 px wide, the status chart (with operators) goes beside the map or under it,
 * whichever leaves the bigger map. Narrower boxes stack the map, the off-map note and a compact
 * list; the list names the sites when the map can stay at `MIN_STACKED_SCALE` or more.
 */
export function minesLayout(
	width: number,
	height: number,
	mapWidth: number,
	mapHeight: number,
	panel: PanelMeasure
): MinesLayout {
	const stacked = (panelH: number, kind: 'chart' | 'list', columns: number, names: boolean) => {
		const noteH = panel.note(width);
		const areaH = Math.max(0, height - noteH - panelH - 2 * GAP);
		// Narrow screens trim the neighbours' margins at the sides: a bigger Kyrgyzstan.
		const scale = Math.min(width / (mapWidth - 2 * STACKED_CROP), areaH / mapHeight);
		const w = mapWidth * scale;
		const h = mapHeight * scale;
		// Centre the whole stack vertically in the box.
		const top = Math.max(0, (height - (h + 2 * GAP + noteH + panelH)) / 2);
		const layout: MinesLayout = {
			mode: 'stacked',
			map: { x: 0, y: top, w: width, h, scale, offsetX: (width - w) / 2, offsetY: 0 },
			note: { x: 0, y: top + h + GAP, w: width, h: noteH },
			panel: {
				x: 0,
				y: top + h + GAP + noteH + GAP,
				w: width,
				h: Math.max(panelH, height - (top + h + 2 * GAP + noteH)),
				kind,
				columns,
				names
			}
		};
		return layout;
	};

	if (width >= 640) {
		const panelW = Math.round(Math.min(360, Math.max(240, width * 0.34)));
		const areaW = width - panelW - 2 * GAP;
		const noteH = panel.note(areaW);
		const areaH = height - noteH - GAP;
		const scale = Math.min(areaW / mapWidth, areaH / mapHeight);
		const w = mapWidth * scale;
		const h = mapHeight * scale;
		const side: MinesLayout = {
			mode: 'side',
			map: { x: 0, y: 0, w: areaW, h, scale, offsetX: (areaW - w) / 2, offsetY: 0 },
			note: { x: 0, y: h + GAP, w: areaW, h: noteH },
			panel: {
				x: areaW + 2 * GAP,
				y: 0,
				w: panelW,
				h: height,
				kind: 'chart',
				columns: 1,
				names: true
			}
		};
		const columns = width >= 900 ? 4 : 2;
		const under = stacked(panel.chart(width, columns), 'chart', columns, true);
		return under.map.scale > side.map.scale ? under : side;
	}
	const named = stacked(panel.list(width, true), 'list', 1, true);
	if (named.map.scale >= Math.min(MIN_STACKED_SCALE, width / (mapWidth - 2 * STACKED_CROP)))
		return named;
	return stacked(panel.list(width, false), 'list', 1, false);
}

/** The narrowest box the map is drawn in: a 300 px embed's, a little under a 320 px phone's. */
export const NARROWEST_MAP_BOX = 280;

/**
 * The size the map is laid out at before its code runs: a phone-sized request is laid out for
 * the narrowest box and centred in a wider one (charts/shared/prerender-size.ts).
 */
export function prerenderBox(width: number, height: number): { width: number; height: number } {
	return phonePrerenderSize(width, height, NARROWEST_MAP_BOX);
}
