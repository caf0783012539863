/**
 * A step's chart state (`state:` in its front matter), checked against its section's chart: the
 * right shape, focus ids that exist, a window that runs forwards. Build time only.
 */
import { fieldName, suggest, type CheckContext } from './checking.ts';
import { stateSchemas } from '../../lib/content/schema.ts';
import type { ChartName, ChartState } from '../../lib/content/types';
import type { YamlSource } from './yaml-source';

/** The ids a state may focus on (undefined when their file cannot be read: not checked then). */
export interface StateRefs {
	/** Event ids, from events.yaml. */
	events: Set<string> | undefined;
	/** Mine ids, from mines.yaml. */
	mines: Set<string> | undefined;
}

/** What a step's `state` looks like for each chart (for messages). */
const STATE_SHAPES: Record<ChartName, string> = {
	timeline: 'focus: [event ids] and window: null or ["2020-10-05T00:00", "2020-10-06T12:00"]',
	casualties: 'phase: killed, wounded, snapshot or timeline',
	mines: 'focus: [mine ids] and summary: true or false'
};

/** Checks a step's state against its section's chart; `false` when it is wrong. */
export function checkState(
	ctx: CheckContext,
	parsed: { file: string; source: YamlSource },
	raw: unknown,
	section: { id: string; chart: ChartName | null },
	refs: StateRefs,
	entry: string
): ChartState | null | false {
	const where = { file: ctx.rel(parsed.file), line: parsed.source.lineOf(['state']), entry, field: 'state' };
	const chart = section.chart;
	if (chart === null) {
		if (raw === undefined || raw === null) return null;
		ctx.problems.add({
			...where,
			message: `is set, but section "${section.id}" has no chart (chart: null)`,
			fix: 'Remove the state, or give the section a chart.'
		});
		return false;
	}
	if (raw === undefined || raw === null) {
		ctx.problems.add({
			...where,
			message: 'is missing',
			fix: `A step in a ${chart} section needs a state with ${STATE_SHAPES[chart]}.`
		});
		return false;
	}
	const looksLike = guessChart(raw);
	if (looksLike && looksLike !== chart) {
		ctx.problems.add({
			...where,
			message: `is a ${looksLike} state, but section "${section.id}" shows the ${chart} chart`,
			fix: `A ${chart} step's state has ${STATE_SHAPES[chart]}; move the step to the ${looksLike} section or rewrite its state.`
		});
		return false;
	}
	const schema = stateSchemas[chart];
	const value = ctx.validate(schema, raw, {
		file: parsed.file,
		source: parsed.source,
		pathPrefix: ['state'],
		fieldPrefix: ['state'],
		entry
	});
	if (!value) return false;

	let ok = true;
	if ('focus' in value) {
		const known = chart === 'timeline' ? refs.events : refs.mines;
		const fileName = chart === 'timeline' ? 'events.yaml' : 'mines.yaml';
		value.focus.forEach((id, i) => {
			if (!known || known.has(id)) return;
			ok = false;
			ctx.problems.add({
				...where,
				line: parsed.source.lineOf(['state', 'focus', i]),
				field: fieldName(['state', 'focus', i]),
				message: `"${id}" is not an id in content/data/${fileName}`,
				fix: `Use an id from content/data/${fileName}.${suggest(id, known)}`
			});
		});
	}
	if ('window' in value && value.window !== null) {
		const [start, end] = value.window;
		if (start >= end) {
			ok = false;
			ctx.problems.add({
				...where,
				line: parsed.source.lineOf(['state', 'window']),
				field: 'state.window',
				message: `starts at ${start}, which is not before its end, ${end}`,
				fix: 'Put the earlier time first, e.g. ["2020-10-05T00:00", "2020-10-06T12:00"].'
			});
		}
	}
	if (!ok) return false;
	if (chart === 'timeline' && 'window' in value) {
		return { chart, focus: value.focus, window: value.window };
	}
	if (chart === 'casualties' && 'phase' in value) return { chart, phase: value.phase };
	if (chart === 'mines' && 'summary' in value) {
		return { chart, focus: value.focus, summary: value.summary };
	}
	return false;
}

/** Which chart a state was written for, judged by its keys. */
function guessChart(state: unknown): ChartName | undefined {
	if (!state || typeof state !== 'object') return undefined;
	if ('phase' in state) return 'casualties';
	if ('summary' in state) return 'mines';
	if ('window' in state) return 'timeline';
	return undefined;
}
