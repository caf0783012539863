/**
 * Translates a valibot failure into a problem a journalist can fix: the path, what is wrong and
 * what to do (the `||` form of the schemas' own messages, or a plain reading of the issue).
 */
import * as v from 'valibot';
import { CHART_LABEL_MAX } from '../../lib/content/vocabulary.ts';

/** What one schema failure means, with the path (keys and list indexes) where it happened. */
export interface IssueReport {
	path: (string | number)[];
	message: string;
	fix: string;
}

type AnyIssue = v.BaseIssue<unknown>;

/** Translates a valibot issue into a plain-language problem and fix. */
export function describeIssue(
	issue: AnyIssue,
	schema: v.GenericSchema,
	fieldHelp = 'See the comments at the top of the file, or content/README.md.'
): IssueReport {
	const path = (issue.path ?? []).map((item) => item.key as string | number);
	const key = path[path.length - 1];
	if (issue.message.includes('||')) {
		const [message = '', fix = ''] = issue.message.split('||');
		return { path, message, fix };
	}
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		const known = knownKeys(schema, path.slice(0, -1));
		let fix = `Remove it or correct its spelling${known.length ? `; the fields here are: ${known.join(', ')}` : ''}.`;
		if (key === 'chart') fix = 'Remove it: a step takes its chart from its section.';
		else if (key === 'source' && known.includes('citations'))
			fix =
				'A source is now written as citations, each with its outlet, date, title and address: move it there (see content/README.md).';
		return { path, message: 'is not a field this file uses (a typo?)', fix };
	}
	if (issue.received === 'undefined' && key === 'chartLabel') {
		return {
			path,
			message: 'is missing',
			fix: `Add chartLabel: the event in a few words (at most ${CHART_LABEL_MAX} characters) for the timeline, e.g. "Teargas and water cannon", saying no more than the quote.`
		};
	}
	if (issue.received === 'undefined') {
		return { path, message: 'is missing', fix: `Add it. ${fieldHelp}` };
	}
	switch (issue.type) {
		case 'picklist': {
			const options = issue.expected?.replace(/^\(|\)$/g, '').replace(/"/g, '').split(' | ') ?? [];
			return {
				path,
				message: `${issue.received} is not an allowed value`,
				fix: `Use one of: ${options.join(', ')}.`
			};
		}
		case 'string':
			return {
				path,
				message: `should be text, but is ${issue.received}`,
				fix: 'Put the value in double quotes, e.g. "2020".'
			};
		case 'number':
			return {
				path,
				message: `should be a number, but is ${issue.received}`,
				fix: 'Write the number without quotes, e.g. 686.'
			};
		case 'boolean':
			return {
				path,
				message: `should be true or false, but is ${issue.received}`,
				fix: 'Write true or false, without quotes.'
			};
		case 'array':
			return {
				path,
				message: `should be a list, but is ${issue.received}`,
				fix: 'Write a list in square brackets, e.g. [zhaparov, abdyldayev], or [] for none.'
			};
		case 'strict_tuple':
			return {
				path,
				message: `should be a list of exactly two times, but is ${issue.received}`,
				fix: 'Write it like ["2020-10-05T00:00", "2020-10-06T12:00"], or null for all three days.'
			};
		case 'strict_object':
		case 'object':
			return {
				path,
				message: `should be a group of fields, but is ${issue.received}`,
				fix: `Write the fields on their own indented lines. ${fieldHelp}`
			};
		default:
			return { path, message: issue.message, fix: fieldHelp };
	}
}

/** The field names an object schema allows at `path` (best effort, for typo hints). */
function knownKeys(schema: v.GenericSchema, path: readonly (string | number)[]): string[] {
	let node: unknown = schema;
	const unwrap = () => {
		while (node && typeof node === 'object' && 'wrapped' in node) {
			node = (node as { wrapped: unknown }).wrapped;
		}
	};
	for (const step of path) {
		unwrap();
		if (!node || typeof node !== 'object') return [];
		if (typeof step === 'number' && 'item' in node) node = (node as { item: unknown }).item;
		else if (typeof step === 'number' && 'items' in node)
			node = (node as { items: unknown[] }).items[step];
		else if ('entries' in node) node = (node as { entries: Record<string, unknown> }).entries[step];
		else return [];
	}
	unwrap();
	if (node && typeof node === 'object' && 'entries' in node) {
		return Object.keys((node as { entries: Record<string, unknown> }).entries);
	}
	return [];
}
