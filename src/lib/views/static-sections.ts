/**
 * The reading page's sections that never change after load, rendered to HTML at build time: the
 * original report, the notes and sources, and what happened next. The browser keeps the
 * prerendered HTML (views/StaticHtml.svelte) and ships neither these components nor their data
 * (the report's full text, the outside facts table, the epilogue). Their styles are in
 * styles/static-sections.css; the data tables' in styles/data-tables.css.
 */
import { render } from 'svelte/server';
import { facts, next, people, report } from 'virtual:story-content';
import type { ChartName } from '$lib/content/types';
import { tables } from '$lib/charts/tables';
import PeopleTable from './people/PeopleTable.svelte';
import OriginalReport from './report/OriginalReport.svelte';
import SourceNotes from './notes/SourceNotes.svelte';
import WhatHappenedNext from './notes/WhatHappenedNext.svelte';
import Locator from './story/Locator.svelte';
import { map as minesMap } from 'virtual:mines-map';

/** The HTML of each static section, rendered on the server. */
export function staticSectionsHtml(): { next: string; notes: string; report: string } {
	return {
		next: render(WhatHappenedNext, { props: { items: next } }).body,
		notes: render(SourceNotes, { props: { facts, report } }).body,
		report: render(OriginalReport, { props: { report } }).body
	};
}

/** Link to paragraph `n` of the report on the story page. */
const reportHref = (n: number) => `#p-${n}`;

/**
 * The HTML of a chart's data table and of the people table, rendered on the server: they never
 * change after load, so the browser keeps them as prerendered (about half of the page's
 * elements) instead of hydrating them. Styles: styles/data-tables.css.
 */
export function chartTableHtml(chart: ChartName): string {
	return render(tables[chart], { props: { reportHref } }).body;
}

export function peopleTableHtml(): string {
	return render(PeopleTable, { props: { people, reportHref } }).body;
}

/** The locator under the headline (Kyrgyzstan in Central Asia), as static SVG. */
export function locatorHtml(): string {
	return render(Locator, { props: { locator: minesMap.inset } }).body;
}
