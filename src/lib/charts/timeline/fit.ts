/**
 * Fitting the timeline into its height. Row heights depend only on the target state (focus,
 * window, size), never on a window mid-change: a focused row opens up (at least 44 px, room for
 * its labels, whole, above a 12 px bar), other rows are thin grey strips. When the box is short
 * the plan falls back step by step (no grey labels, focused labels wrapped to the plot's width
 * rather than beside their bars so they take fewer lines, thinner strips, tighter spacing); it
 * never shortens a label. Spare height first grows the strips, then the lanes.
 */
import { CATEGORIES } from '$lib/content/vocabulary';
import { layoutLabels, rowKey, type LabelFrame, type RowEvent } from './labels';

export interface Config {
	/** Grey events carry one-line labels. */
	context: boolean;
	/** A focused label wraps beside its bar when that takes at most this many lines. */
	beside: number;
	compactRow: number;
	/** Last resort for short boxes: less padding around lanes, axis and key. */
	tight?: boolean;
}

/**
 * Fallbacks, most generous first. A focused label wraps beside its bar onto two lines at most: a
 * narrower tower of three is harder to read than one line set flush right, ending by its bar.
 */
const CONFIGS: readonly Config[] = [
	{ context: true, beside: 2, compactRow: 6 },
	{ context: false, beside: 2, compactRow: 6 },
	{ context: false, beside: 2, compactRow: 4 },
	{ context: false, beside: 1, compactRow: 4 },
	{ context: false, beside: 1, compactRow: 3 },
	{ context: false, beside: 1, compactRow: 3, tight: true }
];
/** Context labels need at least this width; below it, grey events are unlabelled strips. */
const CONTEXT_MIN_WIDTH = 640;

/** Vertical spacing, which the tightest fallback squeezes. */
export function spacing(config: Config, line: number) {
	return config.tight
		? { axis: line + 6, laneMin: line + 2, lanePad: 1, keyGap: 6 }
		: { axis: line + 8, laneMin: line + 4, lanePad: 2, keyGap: 10 };
}

/** A config with its row geometry at the target window. */
export interface Plan {
	config: Config;
	focusRows: Set<string>;
	rowLines: Map<string, number>;
	offsets: Map<number, number>;
	/** Lines each focused label may take (so rows keep their height while the window moves). */
	budget: Map<number, number>;
	rowHeight: (lane: number, row: number) => number;
	laneHeights: number[];
	/** Height of everything, axis to key. */
	total: number;
}

export interface PlanInput {
	events: readonly RowEvent[];
	rowsPerLane: readonly number[];
	target: readonly [number, number];
	xTarget: (t: number) => number;
	keyHeight: number;
	width: number;
	frame: LabelFrame;
	/** Least height of a row holding a focused event (its tap target's height). */
	minRow: number;
}

/** Row and lane heights for one config, at the target window. */
function planFor(config: Config, p: PlanInput): Plan {
	const { line } = p.frame.type;
	const space = spacing(config, line);
	const options = { context: config.context, beside: config.beside };
	const labels = layoutLabels(p.events, p.xTarget, p.target, options, p.frame);
	const budget = new Map<number, number>();
	for (const [index, label] of labels.labels) {
		if (labels.offsets.has(index)) budget.set(index, label.lines.length);
	}
	const rowHeight = (lane: number, row: number) => {
		const key = rowKey({ lane, row });
		if (labels.focusRows.has(key)) {
			return Math.max(p.minRow, 22 + line * (labels.rowLines.get(key) ?? 0));
		}
		return config.context ? line + 8 : config.compactRow;
	};
	const laneHeights = p.rowsPerLane.map((rows, lane) => {
		let sum = 0;
		for (let row = 0; row < rows; row++) sum += rowHeight(lane, row);
		return Math.max(space.laneMin, sum + 2 * space.lanePad);
	});
	const lanes = laneHeights.reduce((a, b) => a + b, 0);
	const total = space.axis + lanes + space.keyGap + p.keyHeight + 4;
	return { config, ...labels, budget, rowHeight, laneHeights, total };
}

/** The most generous config that fits `height` (else the tightest), grown into spare height. */
function choosePlan(p: PlanInput, height: number): Plan {
	const usable = CONFIGS.filter((c) => !c.context || p.width >= CONTEXT_MIN_WIDTH);
	let plan: Plan | undefined;
	for (const config of usable) {
		plan = planFor(config, p);
		if (plan.total <= height) break;
	}
	plan ??= planFor(CONFIGS[CONFIGS.length - 1]!, p);
	// Spare height first grows the grey strips (up to 10 px).
	const spare = Math.max(height, Math.ceil(plan.total)) - plan.total;
	if (plan.config.context || spare <= 0) return plan;
	let strips = 0;
	p.rowsPerLane.forEach((rows, lane) => {
		for (let row = 0; row < rows; row++) if (!plan.focusRows.has(rowKey({ lane, row }))) strips++;
	});
	const grown = Math.min(10, plan.config.compactRow + (strips ? spare / strips : 0));
	if (grown <= plan.config.compactRow) return plan;
	return { ...planFor({ ...plan.config, compactRow: grown }, p), config: plan.config };
}

type PlanKey = readonly unknown[];
let cache: { key: PlanKey; plan: Plan } | null = null;

/**
 * The plan for a target state and box, reused while nothing it depends on changes (a resize of
 * the other axis, a font measurement or a new step makes a new one).
 */
export function fitPlan(p: PlanInput, height: number, key: PlanKey): Plan {
	if (cache && cache.key.length === key.length && cache.key.every((k, i) => k === key[i])) {
		return cache.plan;
	}
	const plan = choosePlan(p, height);
	cache = { key, plan };
	return plan;
}

/** Lane height left over after the plan, spread over the lanes (up to 12 px each). */
export function laneExtra(plan: Plan, height: number): { extra: number; shift: number } {
	const spare = Math.max(height, Math.ceil(plan.total)) - plan.total;
	const extra = Math.max(0, Math.min(12, spare / CATEGORIES.length));
	// Any height still spare is split above and below, so the chart sits in the middle of its box.
	return { extra, shift: Math.floor(Math.max(0, spare - extra * CATEGORIES.length) / 2) };
}
