/**
 * What one row of each downloadable data set is, in words (for the download links and the data
 * set specs). Kept apart from `datasets.ts` so the page's links do not bundle the CSV columns.
 */
import type { DatasetName } from './datasets';

export const DATASET_LABELS: Record<DatasetName, string> = {
	events: 'one row per event on the timeline',
	casualties: 'one row per casualty figure',
	mines: 'one row per mining site named in the report',
	people: 'one row per person named in the report'
};
