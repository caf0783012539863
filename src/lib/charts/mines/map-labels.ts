/**
 * The marks and labels drawn on the mines map, in chart pixels: one mark per site, Bishkek's dot,
 * and labels placed so that none overlaps another or a mark. Which labels come first depends on
 * the step: focused sites get their name and status for sure; Bishkek is always named; the other
 * sites get what room is left (name and details, or the name alone). Pure functions.
 */
import type { Mine, MinesState } from '$lib/content/types';
import { estimateTextWidth, wrapText, type MeasureText } from '../shared/text';
import type { MinesMap } from './map-types';
import {
	placeLabels,
	type Box,
	type LabelLine,
	type LabelRequest,
	type PlacedLabel
} from './place-labels';
import { isHighlighted, showsStatus, STATUS_SHORT } from './status';

/** Size (px) of a site's status mark, and radius of the dashed "approximate" ring around it. */
export const MARK_SIZE = 15;
export const APPROX_RADIUS = 12;
/** Radius of Bishkek's dot. */
export const CITY_RADIUS = 4;
/** Label font sizes (px): never under 12. */
export const LABEL_SIZE = 13;
export const COUNTRY_SIZE = 12;
/** Sites closer than this (px) to Bishkek crowd it: their labels go before the lake's. */
export const CROWD = 60;
/** Names longer than this (px) wrap onto a second line, so labels stay compact on phones. */
export const NAME_WIDTH = 150;

/** The text after a site's name: its status and/or "approx.". */
export function detailLine(mine: Mine, withStatus: boolean): string {
	const parts: string[] = [];
	if (withStatus) parts.push(STATUS_SHORT[mine.status]);
	if (mine.position?.approximate) parts.push('approx.');
	return parts.join(' · ');
}

/** A mine on the map, in chart px. */
export interface MapMark {
	mine: Mine;
	x: number;
	y: number;
}

/** Map viewBox units → chart px. */
export interface MapTransform {
	scale: number;
	offsetX: number;
	offsetY: number;
}

/** Chart-px position of a viewBox point. */
export function toChart(t: MapTransform, p: { x: number; y: number }): { x: number; y: number } {
	return { x: t.offsetX + p.x * t.scale, y: t.offsetY + p.y * t.scale };
}

/** The mapped mines, in chart px (mines without a position are not on the map). */
export function mapMarks(map: MinesMap, mines: Mine[], t: MapTransform): MapMark[] {
	return map.sites.flatMap((site) => {
		const mine = mines.find((m) => m.id === site.id);
		return mine ? [{ mine, ...toChart(t, site) }] : [];
	});
}

/** A text line of a label, what it is and which mine it belongs to (for styling). */
export type MapLabelLine = LabelLine & {
	kind: 'city' | 'name' | 'detail' | 'country' | 'lake';
	mineId?: string;
};

/** The radius a mark takes up (the dashed ring of an approximate position is wider). */
export function markRadius(mine: Mine): number {
	return mine.position?.approximate ? APPROX_RADIUS + 1 : MARK_SIZE / 2 + 1;
}

function nameLines(mine: Mine, measure: MeasureText): MapLabelLine[] {
	return wrapText(mine.name, NAME_WIDTH, (t) => measure(t, LABEL_SIZE, 700)).map((text) => ({
		text,
		size: LABEL_SIZE,
		weight: 700,
		kind: 'name' as const,
		mineId: mine.id
	}));
}

export interface MapLabels {
	marks: MapMark[];
	city: { x: number; y: number };
	/**
	 * Placed labels by id: a mine id, "bishkek" (with the sites at Bishkek's point), "lake" or
	 * "country-<id>".
	 */
	labels: Map<string, PlacedLabel & { lines: MapLabelLine[] }>;
	/** Required labels that found no free spot (should be none; tested). */
	failed: string[];
}

/** The boxes of the marks (sites and Bishkek's dot), in chart px: what no label may cover. */
export function markBoxes(marks: MapMark[], city: { x: number; y: number }): Box[] {
	return [
		...marks.map((m) => {
			const r = markRadius(m.mine);
			return { x: m.x - r, y: m.y - r, w: 2 * r, h: 2 * r };
		}),
		{ x: city.x - CITY_RADIUS, y: city.y - CITY_RADIUS, w: 2 * CITY_RADIUS, h: 2 * CITY_RADIUS }
	];
}

/** The lake's box in chart px, or null. */
export function lakeBox(map: MinesMap, t: MapTransform): Box | null {
	if (!map.lake) return null;
	const b = map.lake.bounds;
	return {
		x: t.offsetX + b.x * t.scale,
		y: t.offsetY + b.y * t.scale,
		w: b.w * t.scale,
		h: b.h * t.scale
	};
}

/**
 * Place the map's labels inside `bounds` (chart px) for one state: focused sites (name, status
 * and "approx.") and Bishkek are required; then the lake's name; the other sites follow (name
 * and details, else the name alone, else nothing: their mark still shows); then the countries'
 * names where they fit. A site drawn at Bishkek's point (Kyrgyzaltyn's office) is written in
 * Bishkek's block. Every label that names a mark sits nearer to it than to any other mark, or is
 * tied to it by a leader (see `placeLabels`); none covers the lake's middle, the `inset` or a
 * mark.
 */
export function mapLabels(
	map: MinesMap,
	mines: Mine[],
	t: MapTransform,
	bounds: Box,
	state: Pick<MinesState, 'focus' | 'summary'>,
	measure: MeasureText = estimateTextWidth,
	inset: Box | null = null
): MapLabels {
	const marks = mapMarks(map, mines, t);
	const city = toChart(t, map.bishkek);
	const lake = lakeBox(map, t);
	// Labels may cross the lake's shore (their halo keeps them legible) but never hide the lake:
	// its middle is kept clear.
	const lakeCore = lake && {
		x: lake.x + lake.w * 0.3,
		y: lake.y + lake.h * 0.3,
		w: lake.w * 0.4,
		h: lake.h * 0.4
	};
	const obstacles: Box[] = [
		...markBoxes(marks, city),
		...(lakeCore ? [lakeCore] : []),
		...(inset ? [inset] : [])
	];
	const focused = (m: MapMark) => state.focus.includes(m.mine.id);
	const atCity = (m: MapMark) => Math.abs(m.x - city.x) < 0.5 && Math.abs(m.y - city.y) < 0.5;
	const siteLines = (
		m: MapMark,
		inCity = false
	): { full: MapLabelLine[]; short: MapLabelLine[] } => {
		const name = nameLines(m.mine, measure);
		const withStatus = showsStatus(m.mine, state);
		let detail = detailLine(m.mine, withStatus);
		// A hedged status is long ("apparent break-in"): then "approx." joins the name's last line
		// when it fits there, so the label stays as compact as before. In Bishkek's block the
		// label already says the site is drawn at the city, and the dashed ring says approximate.
		const last = name.at(-1);
		if (withStatus && m.mine.position?.approximate && detail.length > 20 && last) {
			const joined = `${last.text} · approx.`;
			if (inCity) detail = detailLine({ ...m.mine, position: null }, true);
			else if (measure(joined, LABEL_SIZE, 700) <= NAME_WIDTH) {
				name[name.length - 1] = { ...last, text: joined };
				detail = detailLine({ ...m.mine, position: null }, true);
			}
		}
		const full: MapLabelLine[] = detail
			? [
					...name,
					{ text: detail, size: LABEL_SIZE, weight: 400, kind: 'detail', mineId: m.mine.id }
				]
			: name;
		return { full, short: nameLines(m.mine, measure) };
	};
	const siteRequest = (m: MapMark, required: boolean): LabelRequest & { lines: MapLabelLine[] } => {
		const { full, short } = siteLines(m);
		return {
			id: m.mine.id,
			x: m.x,
			y: m.y,
			radius: markRadius(m.mine),
			lines: full,
			// On a very small map even a focused site may have to drop its details (the status
			// list under the map still says them).
			fallback: short.length < full.length ? short : undefined,
			optional: !required
		};
	};
	const cityMarks = marks.filter(atCity);
	const cityLine: MapLabelLine = { text: 'Bishkek', size: LABEL_SIZE, weight: 700, kind: 'city' };
	// A site drawn at Bishkek's own point (Kyrgyzaltyn's office) shares its mark, so it is written
	// in Bishkek's label block, under the city's name.
	const cityFull = [cityLine, ...cityMarks.flatMap((m) => siteLines(m, true).full)];
	const cityShort = [cityLine, ...cityMarks.flatMap((m) => siteLines(m).short)];
	const cityRequest: LabelRequest & { lines: MapLabelLine[] } = {
		id: 'bishkek',
		x: city.x,
		y: city.y,
		radius: Math.max(CITY_RADIUS, ...cityMarks.map((m) => markRadius(m.mine))),
		lines: cityFull,
		fallback: cityShort.length < cityFull.length ? cityShort : undefined
	};
	// Nearest to Bishkek first: that is where the sites crowd.
	const others = marks
		.filter((m) => !atCity(m))
		.sort(
			(a, b) => Math.hypot(a.x - city.x, a.y - city.y) - Math.hypot(b.x - city.x, b.y - city.y)
		);
	const lakeRequest: (LabelRequest & { lines: MapLabelLine[] })[] =
		map.lake && lake
			? [
					{
						id: 'lake',
						x: lake.x + lake.w / 2,
						y: lake.y + lake.h / 2,
						radius: lake.h / 2,
						owned: false,
						optional: true,
						lines: wrapText(map.lake.name, NAME_WIDTH, (t) => measure(t, LABEL_SIZE, 400)).map(
							(text) => ({ text, size: LABEL_SIZE, weight: 400, kind: 'lake' as const })
						)
					}
				]
			: [];
	const near = (m: MapMark) => Math.hypot(m.x - city.x, m.y - city.y) < CROWD;
	// Bishkek's block first when it holds a site of the step; the step's other sites next.
	const cityFirst = cityMarks.some(focused);
	const requests: (LabelRequest & { lines: MapLabelLine[] })[] = [
		...(cityFirst ? [cityRequest] : []),
		...others.filter(focused).map((m) => siteRequest(m, true)),
		...(cityFirst ? [] : [cityRequest]),
		// Sites crowding Bishkek before the lake's name: they have the least room.
		...others.filter((m) => !focused(m) && near(m)).map((m) => siteRequest(m, false)),
		...lakeRequest,
		...others.filter((m) => !focused(m) && !near(m)).map((m) => siteRequest(m, false))
	];
	for (const n of map.neighbours) {
		requests.push({
			id: `country-${n.id}`,
			...toChart(t, n.label),
			radius: 0,
			centred: true,
			optional: true,
			lines: [{ text: n.name.toUpperCase(), size: COUNTRY_SIZE, weight: 400, kind: 'country' }]
		});
	}
	requests.push({
		id: 'country-417',
		...toChart(t, map.countryLabel),
		radius: 0,
		centred: true,
		optional: true,
		lines: [{ text: 'KYRGYZSTAN', size: COUNTRY_SIZE, weight: 700, kind: 'country' }]
	});
	const { placed, failed } = placeLabels(requests, obstacles, bounds, measure);
	const linesOf = new Map(requests.map((r) => [r.id, r]));
	const labels = new Map(
		placed.map((p) => {
			const req = linesOf.get(p.id)!;
			const lines = p.short && req.fallback ? (req.fallback as MapLabelLine[]) : req.lines;
			return [p.id, { ...p, lines }];
		})
	);
	return { marks, city, labels, failed };
}

/** Whether a mark is in the light in this state (re-exported for the component). */
export { isHighlighted };
