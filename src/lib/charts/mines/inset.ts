/**
 * The mines map's inset, Kyrgyzstan's place in Central Asia: where it goes on the map (the
 * corner that hides the least of Kyrgyzstan and no mark) and where its country names go. Pure
 * functions, in chart px; the geometry comes from the build (`locator-geometry.ts`).
 */
import { estimateTextWidth, type MeasureText } from '../shared/text';
import {
	overlaps,
	placeLabels,
	type Box,
	type LabelRequest,
	type PlacedLabel
} from './place-labels';
import type { LocatorMap, MinesMap } from './map-types';
import type { MapTransform } from './map-labels';

/** The inset's width as a share of the map's, and its limits (px). */
export const INSET_SHARE = 0.36;
export const INSET_MIN = 132;
export const INSET_MAX = 176;
/** The smallest inset drawn (px): below it the names would not fit. */
export const INSET_FLOOR = 108;
/** Font size (px) of the inset's country names: the smallest chart label. */
export const INSET_LABEL_SIZE = 12;
/** Space (px) kept between the inset and any mark. */
const CLEAR = 6;

/** The inset's box and how its viewBox is scaled into it. */
export interface InsetPlacement extends Box {
	scale: number;
}

/**
 * Where the inset goes inside `bounds`: one of the four corners, the one that covers the fewest
 * cells of Kyrgyzstan's land (the map's `landMask`) and keeps `CLEAR` px from every mark in
 * `avoid`; top-left first on a tie (Kazakhstan and Russia lie that way). Where no corner is free
 * the inset shrinks, down to `INSET_FLOOR`; null when even that finds no room.
 */
export function insetPlacement(
	map: Pick<MinesMap, 'inset' | 'landMask' | 'width' | 'height'>,
	t: MapTransform,
	bounds: Box,
	avoid: Box[]
): InsetPlacement | null {
	const widest = Math.round(Math.min(INSET_MAX, Math.max(INSET_MIN, bounds.w * INSET_SHARE)));
	// Smaller by 8 px at a time down to INSET_FLOOR, until a corner is free.
	for (let w = widest; w >= INSET_FLOOR; w -= 8) {
		const found = insetAt(map, t, bounds, avoid, w);
		if (found) return found;
	}
	return null;
}

/** The best corner for an inset `w` px wide, or null (see `insetPlacement`). */
function insetAt(
	map: Pick<MinesMap, 'inset' | 'landMask' | 'width' | 'height'>,
	t: MapTransform,
	bounds: Box,
	avoid: Box[],
	w: number
): InsetPlacement | null {
	const h = Math.round((w * map.inset.height) / map.inset.width);
	if (w > bounds.w * 0.5 || h > bounds.h * 0.6) return null;
	const corners: Box[] = [
		{ x: bounds.x, y: bounds.y, w, h },
		{ x: bounds.x + bounds.w - w, y: bounds.y + bounds.h - h, w, h },
		{ x: bounds.x + bounds.w - w, y: bounds.y, w, h },
		{ x: bounds.x, y: bounds.y + bounds.h - h, w, h }
	];
	const { cols, rows, cells } = map.landMask;
	const covered = (b: Box) => {
		let n = 0;
		for (let r = 0; r < rows; r++) {
			for (let c = 0; c < cols; c++) {
				if (cells[r * cols + c] !== '1') continue;
				const x = t.offsetX + ((c + 0.5) * map.width * t.scale) / cols;
				const y = t.offsetY + ((r + 0.5) * map.height * t.scale) / rows;
				if (x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h) n++;
			}
		}
		return n;
	};
	let best: Box | null = null;
	let bestCover = Infinity;
	for (const box of corners) {
		const grown = {
			x: box.x - CLEAR,
			y: box.y - CLEAR,
			w: box.w + 2 * CLEAR,
			h: box.h + 2 * CLEAR
		};
		if (avoid.some((a) => overlaps(grown, a))) continue;
		const cover = covered(box);
		if (cover < bestCover) {
			best = box;
			bestCover = cover;
		}
	}
	return best && { ...best, scale: w / map.inset.width };
}

/** Nudges (px) tried for an inset name, nearest first. */
const NUDGES: [number, number][] = [
	[0, 0],
	[8, 0],
	[-8, 0],
	[0, -6],
	[0, 6],
	[16, 0],
	[-16, 0],
	[8, -6],
	[-8, -6],
	[8, 6],
	[-8, 6],
	// A little farther, between those, for a small inset whose names barely fit (China's on a
	// phone, between Kyrgyzstan's frame and the inset's edge).
	[10, 0],
	[12, 0],
	[10, 4],
	[12, 4],
	[10, -4],
	[12, 8],
	[14, 0],
	[14, 6],
	[4, 10],
	[8, 10],
	[14, 10],
	[-4, 10]
];

/** A country name placed in the inset, in chart px. */
export type InsetLabel = PlacedLabel & { text: string };

/**
 * The inset's country names, in chart px: each centred where the build found room in its
 * country, kept inside the inset and off Kyrgyzstan and each other; Russia, Kazakhstan and China
 * first. A name that does not fit is left out. Also used by the story header's locator.
 */
export function insetLabels(
	inset: LocatorMap,
	box: InsetPlacement,
	measure: MeasureText = estimateTextWidth,
	size = INSET_LABEL_SIZE
): InsetLabel[] {
	const at = (p: { x: number; y: number }) => ({
		x: box.x + p.x * box.scale,
		y: box.y + p.y * box.scale
	});
	// Each name is tried at its point, then nudged a little (a name may lean out of a small
	// view's edge or off Kyrgyzstan): never more than `NUDGE` px, so it stays in its country.
	const requests: LabelRequest[] = inset.named.flatMap((n) =>
		NUDGES.map(([dx, dy]) => {
			const p = at(n.label);
			return {
				id: n.id,
				x: p.x + dx,
				y: p.y + dy,
				radius: 0,
				centred: true,
				optional: true,
				lines: [{ text: n.name.toUpperCase(), size, weight: 400 }]
			};
		})
	);
	const focus = inset.focus.box;
	const tl = at(focus);
	const marks = [{ x: tl.x, y: tl.y, w: focus.w * box.scale, h: focus.h * box.scale }];
	const inner = { x: box.x + 1, y: box.y, w: box.w - 2, h: box.h };
	const out: InsetLabel[] = [];
	for (const n of inset.named) {
		const taken = [...marks, ...out.map((o) => o.box)];
		for (const req of requests.filter((r) => r.id === n.id)) {
			const { placed } = placeLabels([req], taken, inner, measure);
			if (placed[0]) {
				out.push({ ...placed[0], text: req.lines[0]!.text });
				break;
			}
		}
	}
	return out;
}
