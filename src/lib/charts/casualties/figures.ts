/**
 * The casualty figures as the charts show them: picked from content.casualties (never typed in
 * code), with the words the chart writes out. Pure functions.
 */
import type { Casualty } from '$lib/content/types';

export interface CasualtyFigures {
	killed: Casualty;
	wounded: Casualty;
	/** One mark per person: killed first, then wounded. */
	total: number;
	/** The snapshot note: when, who, and that no later figure is given. */
	note: string;
	/** One sentence for screen readers: both counts, when, who. */
	summary: string;
}

/** "by Tuesday afternoon" → "By Tuesday afternoon". */
function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 person killed", "686 people wounded": count, unit and kind from the data. */
export function figureTitle(c: Casualty): string {
	return `${c.count} ${c.unit} ${c.kind}`;
}

/** Pick the killed and wounded figures; throws if either is missing (a content error). */
export function casualtyFigures(casualties: Casualty[]): CasualtyFigures {
	const killed = casualties.find((c) => c.kind === 'killed');
	const wounded = casualties.find((c) => c.kind === 'wounded');
	if (!killed || !wounded) {
		throw new Error(
			'casualties chart: content/data/casualties.yaml needs a killed and a wounded entry'
		);
	}
	return {
		killed,
		wounded,
		total: killed.count + wounded.count,
		note: `${capitalise(wounded.asOf.label)}, according to ${wounded.reportedBy}. A count up to that time; the report gives no later figure.`,
		summary: `${figureTitle(killed)} and ${wounded.count} ${wounded.kind} ${wounded.asOf.label}, according to ${wounded.reportedBy}.`
	};
}
