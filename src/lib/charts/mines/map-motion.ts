/**
 * The mines map's motion as plain values, for the chart's transitions (shared/transition.svelte.ts):
 * each site's opacity and each label's corner at a state, and where a label and its leader line
 * are while they move. Pure functions.
 */
import { line } from 'd3-shape';
import type { MapLabels, MapMark } from './map-labels';
import { isHighlighted } from './status';

/** A label placed on the map (see `MapLabels`). */
export type MapLabel = MapLabels['labels'] extends Map<string, infer L> ? L : never;

/** Labels' top-left corners by label id, as the corners' transition holds them. */
export type LabelCorners = Record<string, number[]>;

/** Each site's opacity (highlighted or receding), by mine id. */
export function siteOpacities(marks: MapMark[], focus: readonly string[]): Record<string, number> {
	return Object.fromEntries(marks.map((m) => [m.mine.id, isHighlighted(m.mine, focus) ? 1 : 0.3]));
}

/** Each map label's top-left corner, by label id. */
export function labelCorners(labels: Map<string, MapLabel>): LabelCorners {
	return Object.fromEntries([...labels.values()].map((l) => [l.id, [l.box.x, l.box.y]]));
}

/** Where a label is now (its target box moved by the transition's offset). */
export function labelAt(
	label: { id: string; box: { x: number; y: number } },
	corners: LabelCorners
): { x: number; y: number } {
	const at = corners[label.id];
	return { x: at?.[0] ?? label.box.x, y: at?.[1] ?? label.box.y };
}

/** A leader from the mark to its label, following the label while it moves (d3-shape). */
export function leaderPath(label: MapLabel, corners: LabelCorners): string {
	const l = label.leader;
	if (!l) return '';
	const at = labelAt(label, corners);
	return (
		line()([
			[l.x1, l.y1],
			[l.x2 + at.x - label.box.x, l.y2 + at.y - label.box.y]
		]) ?? ''
	);
}
