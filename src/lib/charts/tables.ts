/**
 * The data table of each chart, by chart name. Every table takes the same prop: how to link a
 * paragraph of the report.
 */
import type { Component } from 'svelte';
import type { ChartName } from '$lib/content/types';
import EventsTable from './timeline/EventsTable.svelte';
import CasualtiesTable from './casualties/CasualtiesTable.svelte';
import MinesTable from './mines/MinesTable.svelte';

export interface TableProps {
	/** Link to paragraph `n` of the original report. */
	reportHref?: (paragraph: number) => string;
}

export const tables: Record<ChartName, Component<TableProps>> = {
	timeline: EventsTable,
	casualties: CasualtiesTable,
	mines: MinesTable
};
