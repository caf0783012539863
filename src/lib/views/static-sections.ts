/**
 * The reading page's sections that never change after load, rendered to HTML at build time: the
 * original report, the notes and sources, and what happened next. The browser keeps the
 * prerendered HTML (views/StaticHtml.svelte) and ships neither these components nor their data
 * (the report's full text, the outside facts table, the epilogue). Their styles are in
 * styles/static-sections.css.
 */
import { render } from 'svelte/server';
import { facts, next, report } from 'virtual:story-content';
import OriginalReport from './report/OriginalReport.svelte';
import SourceNotes from './notes/SourceNotes.svelte';
import WhatHappenedNext from './notes/WhatHappenedNext.svelte';

/** The HTML of each static section, rendered on the server. */
export function staticSectionsHtml(): { next: string; notes: string; report: string } {
	return {
		next: render(WhatHappenedNext, { props: { items: next } }).body,
		notes: render(SourceNotes, { props: { facts, report } }).body,
		report: render(OriginalReport, { props: { report } }).body
	};
}
