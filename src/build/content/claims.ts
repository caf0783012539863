/**
 * Checks that the data say no more than their sources (issue 28, the standards desk's second
 * read). Build time only (Node); each problem names the file, the line, the entry and the field,
 * and says what to do:
 *
 * - a map position rests on an outside fact that has at least one citation;
 * - a mine's status keeps its quote's hedge ("attempted", "appeared"): never a bare "attacked";
 * - an event's part of the day is no more precise than its quote, or than the outside fact its
 *   `when.fact` names ("late on Tuesday");
 * - a person linked to an event is named in that event's paragraph of the report.
 */
import { suggest, type CheckContext } from './checking.ts';
import type { LoadedList } from './data.ts';
import type { Citation, MineStatus, PartOfDay } from '../../lib/content/types';

/**
 * The hedges a status carries, as words its quote must contain (any one of them). A status not
 * listed here is unhedged: its quote may not contain any of `HEDGE_WORDS`.
 */
export const STATUS_HEDGES: Partial<Record<MineStatus, readonly string[]>> = {
	'attempted-attack-repelled': ['attempted'],
	'apparent-break-in': ['appeared', 'apparent', 'appears', 'apparently']
};

/** Words that hedge a claim: a quote containing one needs a status that carries it. */
export const HEDGE_WORDS: readonly string[] = [
	...new Set(Object.values(STATUS_HEDGES).flatMap((words) => words ?? []))
];

/**
 * Words that time an event to a part of the day. A part other than `day` needs one of its words
 * in the quote, or in the value of the outside fact that `when.fact` names.
 */
export const PART_WORDS: Record<Exclude<PartOfDay, 'day'>, readonly string[]> = {
	'early-morning': ['early on', 'early morning', 'before dawn', 'dawn', 'overnight'],
	morning: ['morning'],
	afternoon: ['afternoon', 'midday', 'noon'],
	evening: ['evening', 'late on'],
	night: ['night', 'late on', 'overnight']
};

/** Whether `text` contains `word` as a whole word or phrase (case and curly quotes ignored). */
export function hasWord(text: string, word: string): boolean {
	const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
	return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(text);
}

/** The hedge words found in `text`. */
export function hedgesIn(text: string): string[] {
	return HEDGE_WORDS.filter((word) => hasWord(text, word));
}

/** The words a status needs, with the statuses allowed for a quote that hedges. */
function statusFix(found: readonly string[]): string {
	const fitting = Object.entries(STATUS_HEDGES)
		.filter(([, words]) => words?.some((w) => found.includes(w)))
		.map(([status]) => status);
	return fitting.length > 0
		? `Use the status that keeps the hedge (${fitting.join(' or ')}), so the map says no more than the report.`
		: 'Use a status that keeps the hedge, or ask a developer to add one (src/lib/content/claims.ts).';
}

/**
 * A mine's status against its quote: a hedged status needs its hedge in the quote; a quote with
 * a hedge needs a status that carries it.
 */
export function statusProblem(
	status: MineStatus,
	quote: string
): { message: string; fix: string } | undefined {
	const needs = STATUS_HEDGES[status];
	const found = hedgesIn(quote);
	if (needs && !needs.some((word) => hasWord(quote, word))) {
		return {
			message: `is "${status}", which says "${needs[0]}", but the quote does not`,
			fix: `Quote the words of the report that carry "${needs[0]}", or use the status the quote supports (halted, threatened, operating…).`
		};
	}
	if (found.length > 0 && !(needs ?? []).some((word) => found.includes(word))) {
		return {
			message: `is "${status}", but the quote hedges ("${found.join('", "')}"): the status would say more than the report`,
			fix: statusFix(found)
		};
	}
	return undefined;
}

/** The part-of-day words found in `text` for `part` (empty for `day`). */
export function partWordsIn(part: PartOfDay, text: string): string[] {
	if (part === 'day') return [];
	return PART_WORDS[part].filter((word) => hasWord(text, word));
}

/** The forms of a person's name an event's paragraph may use: the full name and the surname. */
export function nameForms(name: string): string[] {
	const parts = name.trim().split(/\s+/);
	return [...new Set([name.trim(), parts.at(-1) ?? name.trim()])];
}

interface Entry {
	id: string;
	quote: string;
	paragraph?: number;
}

/** Runs the four checks on the loaded data (each list's valid entries). */
export function checkClaims(
	ctx: CheckContext,
	lists: {
		paragraphs: readonly string[];
		facts: LoadedList<{ id: string; value: string; citations: Citation[] }>;
		mines: LoadedList<
			Entry & { status: MineStatus; position: { fact: string } | null }
		>;
		events: LoadedList<
			Entry & { when: { part: PartOfDay; fact?: string }; people: string[] }
		>;
		casualties: LoadedList<Entry & { asOf: { part: PartOfDay; fact?: string } }>;
		people: LoadedList<Entry & { name: string }>;
	}
): void {
	const { facts, mines, events, casualties, people, paragraphs } = lists;
	const validFacts = new Map(facts.entries.map(({ value }) => [value.id, value]));

	// 1. Every map position rests on a fact with at least one citation. (A fact whose citations
	// are there but faulty is reported in facts.yaml alone, where it is fixed.)
	const rawCitations = new Map<string, unknown>();
	for (const item of facts.raw) {
		if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string')
			rawCitations.set(item.id, 'citations' in item ? item.citations : undefined);
	}
	for (const { value, index } of mines.entries) {
		if (!value.position || !facts.readable) continue;
		const id = value.position.fact;
		if (!facts.ids.has(id)) continue; // reported as an unknown id (load.ts)
		const cited = rawCitations.get(id);
		if (!Array.isArray(cited) || cited.length === 0) {
			ctx.problems.add({
				file: ctx.rel(mines.file),
				line: mines.source?.lineOf([index, 'position', 'fact']),
				entry: value.id,
				field: 'position.fact',
				message: `the fact "${id}" has no citations, so this position on the map has no source`,
				fix: `Give the fact "${id}" in content/data/facts.yaml its citations (who published the position, when, where), or write position: null so the site is listed beside the map instead.`
			});
		}
	}

	// 2. A status keeps its quote's hedge.
	for (const { value, index } of mines.entries) {
		const problem = statusProblem(value.status, value.quote);
		if (!problem) continue;
		ctx.problems.add({
			file: ctx.rel(mines.file),
			line: mines.source?.lineOf([index, 'status']),
			entry: value.id,
			field: 'status',
			...problem
		});
	}

	// 3. A part of the day no more precise than the quote or a cited fact.
	const checkWhen = (
		list: LoadedList<Entry>,
		key: 'when' | 'asOf',
		entry: Entry,
		index: number,
		when: { part: PartOfDay; fact?: string }
	) => {
		const where = { file: ctx.rel(list.file), entry: entry.id };
		let factText = '';
		if (when.fact !== undefined) {
			if (facts.readable && !facts.ids.has(when.fact)) {
				ctx.problems.add({
					...where,
					line: list.source?.lineOf([index, key, 'fact']),
					field: `${key}.fact`,
					message: `"${when.fact}" is not an id in content/data/facts.yaml`,
					fix: `Use the id of the outside fact that gives this time.${suggest(when.fact, facts.ids)}`
				});
				return;
			}
			const fact = validFacts.get(when.fact);
			factText = fact ? fact.value : '';
		}
		if (when.part === 'day') return;
		if (partWordsIn(when.part, entry.quote).length > 0) return;
		if (factText && partWordsIn(when.part, factText).length > 0) return;
		const words = PART_WORDS[when.part].map((w) => `"${w}"`).join(', ');
		ctx.problems.add({
			...where,
			line: list.source?.lineOf([index, key, 'part']),
			field: `${key}.part`,
			message:
				when.fact !== undefined
					? `is "${when.part}", but neither the quote nor the fact "${when.fact}" says so (${words})`
					: `is "${when.part}", but the quote does not say so (${words}) and no fact is cited for the time`,
			fix: `Use part: day when the report gives only the day. Otherwise quote the words that give the time of day, or add ${key}.fact: the id of a fact in content/data/facts.yaml whose value gives it (e.g. "late on Tuesday").`
		});
	};
	for (const { value, index } of events.entries) checkWhen(events, 'when', value, index, value.when);
	for (const { value, index } of casualties.entries)
		checkWhen(casualties, 'asOf', value, index, value.asOf);

	// 4. A person linked to an event is named in the event's paragraph.
	const byId = new Map(people.entries.map(({ value }) => [value.id, value]));
	for (const { value, index } of events.entries) {
		const text = value.paragraph !== undefined ? paragraphs[value.paragraph - 1] : undefined;
		if (text === undefined) continue;
		value.people.forEach((id, i) => {
			const person = byId.get(id);
			if (!person) return; // unknown or invalid: reported elsewhere
			const forms = nameForms(person.name);
			if (forms.some((form) => hasWord(text, form))) return;
			ctx.problems.add({
				file: ctx.rel(events.file),
				line: events.source?.lineOf([index, 'people', i]),
				entry: value.id,
				field: `people (item ${i + 1})`,
				message: `"${id}" is linked to this event, but paragraph ${value.paragraph} of the report does not name ${person.name} (looked for "${forms.join('", "')}")`,
				fix: `Remove "${id}" from people: link a person only to an event whose paragraph names them, even when the report means them ("the newly proposed interim prime minister").`
			});
		});
	}
}
