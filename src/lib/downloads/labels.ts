/**
 * What one row of each downloadable data set is, in words (for the download links and the data
 * set specs), and their names. Kept apart from `datasets.ts` so the page's links do not bundle the CSV columns.
 */
/** The data sets offered for download, by file name (`/data/<name>.csv`, `/data/<name>.json`). */
export type DatasetName = 'events' | 'casualties' | 'mines' | 'people' | 'next' | 'facts';

/** Every data set, in the order they appear in the story. */
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

/** What each row of a data set rests on, for the download links. */
export const DATASET_PROVENANCE: Record<DatasetName, string> = {
	events: 'each row gives the words of the report it rests on and their paragraph',
	casualties: 'each row gives the words of the report it rests on and their paragraph',
	mines: 'each row gives the words of the report it rests on and their paragraph',
	people: 'each row gives the words of the report it rests on and their paragraph',
	next: 'each row gives its sources in full',
	facts: 'each row gives its sources in full'
};
