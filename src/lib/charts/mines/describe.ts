/**
 * The mines map in words, for its text alternative: what the map shows, the lake and which
 * sites lie near it (the compass direction worked out from the sourced positions, never
 * written by hand), and the inset. Pure functions.
 */
import type { MapMark } from './map-labels';
import type { MapPoint, MinesMap } from './map-types';
import { STATUS_LABEL } from './status';

const COMPASS = [
	'east',
	'north-east',
	'north',
	'north-west',
	'west',
	'south-west',
	'south',
	'south-east'
] as const;

/**
 * The eight-point compass direction from `from` to `to`, both in map units (x to the east, y to
 * the south: the map is drawn north up).
 */
export function compass(from: MapPoint, to: MapPoint): (typeof COMPASS)[number] {
	const angle = Math.atan2(from.y - to.y, to.x - from.x);
	const sector = Math.round(angle / (Math.PI / 4));
	return COMPASS[(sector + 8) % 8]!;
}

/** Sites within this many map units of the lake's edge are described from it. */
export const NEAR_LAKE = 60;

/**
 * The map's text alternative: Kyrgyzstan, Bishkek and each mapped site with its status; the
 * lake, with the direction of each site near it; and the inset when it is drawn.
 */
export function mapDescription(
	map: Pick<MinesMap, 'lake' | 'sites' | 'inset'>,
	marks: MapMark[],
	withInset: boolean
): string {
	const sites = marks
		.map(
			(m) =>
				`${m.mine.name} (${STATUS_LABEL[m.mine.status]}${m.mine.position?.approximate ? ', approximate position' : ''})`
		)
		.join('; ');
	let text = `Map of Kyrgyzstan and its neighbours with Bishkek and the ${marks.length} sites the report mentions that can be placed: ${sites}.`;
	const lake = map.lake;
	if (lake) {
		const b = lake.bounds;
		const near = map.sites.filter((s) => {
			const dx = Math.max(b.x - s.x, 0, s.x - (b.x + b.w));
			const dy = Math.max(b.y - s.y, 0, s.y - (b.y + b.h));
			return Math.hypot(dx, dy) <= NEAR_LAKE;
		});
		const named = near.flatMap((s) => {
			const mark = marks.find((m) => m.mine.id === s.id);
			return mark ? [`${mark.mine.name} lies ${compass(lake.centre, s)} of it`] : [];
		});
		text += ` ${lake.name} is drawn as a landmark${named.length ? `; ${named.join('; ')}` : ''}.`;
	}
	if (withInset) {
		const names = map.inset.named.map((n) => n.name);
		const list =
			names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
		text += ` An inset shows where Kyrgyzstan lies in Central Asia, among ${list}.`;
	}
	return text;
}
