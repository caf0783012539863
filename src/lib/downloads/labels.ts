/** Names and row labels, apart from `datasets.ts` so the links do not bundle its columns. */

/** By file name: `/data/<name>.csv`, `.json`. */
export type DatasetName = 'events' | 'casualties' | 'mines' | 'people' | 'next' | 'facts';

/** In story order. */
export const DATASET_NAMES: readonly DatasetName[] = [
	'events',
	'casualties',
	'mines',
	'people',
	'next',
	'facts'
];

export const DATASET_LABELS: Record<DatasetName, string> = {
	events: 'one row per event on the timeline',
	casualties: 'one row per casualty figure',
	mines: 'one row per mining site named in the report',
	people: 'one row per person named in the report',
	next: 'one row per later event in “What happened next”',
	facts: 'one row per fact from outside the report'
};

export const DATASET_PROVENANCE: Record<DatasetName, string> = {
	events: 'each row gives the words of the report it rests on and their paragraph',
	casualties: 'each row gives the words of the report it rests on and their paragraph',
	mines: 'each row gives the words of the report it rests on and their paragraph',
	people: 'each row gives the words of the report it rests on and their paragraph',
	next: 'each row gives its sources in full',
	facts: 'each row gives its sources in full'
};
