/**
 * The reading page's sections that never change after load, rendered to HTML at build time: the
 * original report, the notes and sources, what happened next, and who's who. The browser keeps the
 * prerendered HTML (views/StaticHtml.svelte) and ships neither these components nor their data
 * (the report's full text, the outside facts table, the epilogue). Their styles are in
 * styles/static-sections.css; the data tables' in styles/data-tables.css.
 */
import { paragraphHref } from '$lib/content/vocabulary';
import { render } from 'svelte/server';
import { resolve } from '$app/paths';
import { content, corrections, facts, next, people, report, story } from 'virtual:story-content';
import ShareTags from '$lib/share/ShareTags.svelte';
import { jsonLdElement, storyShareHead } from '$lib/share/share';
import { siteSettings } from '$lib/site/site.server';
import type { ChartName } from '$lib/content/types';
import { tables } from '$lib/charts/tables';
import PeopleTable from '../people/PeopleTable.svelte';
import WhosWho from '../people/WhosWho.svelte';
import OriginalReport from '../notes/OriginalReport.svelte';
import SourceNotes from '../notes/SourceNotes.svelte';
import WhatHappenedNext from '../notes/WhatHappenedNext.svelte';
import Corrections from '../notes/Corrections.svelte';
import CiteStory from '../notes/CiteStory.svelte';
import { storyVersion } from '../notes/cite-story';
import { absoluteUrl } from '$lib/site/site';
import Locator from './Locator.svelte';
import { map as minesMap } from 'virtual:mines-map';

/** The HTML of each static section, rendered on the server. */
export function staticSectionsHtml(): Record<
	'next' | 'notes' | 'corrections' | 'cite' | 'report',
	string
> {
	return {
		next: render(WhatHappenedNext, { props: { items: next } }).body,
		notes: render(SourceNotes, { props: { facts, report } }).body,
		corrections: render(Corrections, { props: { corrections } }).body,
		cite: render(CiteStory, { props: citeProps() }).body,
		report: render(OriginalReport, { props: { report } }).body
	};
}

/**
 * "Cite this story": the headline, the version (latest correction, or `PUBLISHED_DATE`) and the
 * page's address: absolute with `SITE_URL`, else relative to the site (the page's script
 * completes it from the address the page was opened at).
 */
function citeProps() {
	const site = siteSettings();
	const page = resolve('/');
	const absolute = absoluteUrl(site, page);
	return {
		title: story.headline,
		version: storyVersion(corrections, site.publishedDate),
		url: absolute ?? page,
		relative: absolute === null
	};
}

/** Link to paragraph `n` of the report on the story page. */
const reportHref = (n: number) => paragraphHref(n);

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

/** The HTML of "Who's who", rendered on the server (its cards never change after load). */
export function whosWhoHtml(): string {
	return render(WhosWho, { props: { people, reportHref } }).body;
}

/**
 * The story page's share tags (title, description, canonical link, Open Graph, Twitter card,
 * `NewsArticle` data) as the HTML of its <head>, computed and rendered at build time from the
 * content and the build's settings (`SITE_URL`, `PUBLISHED_DATE`): the browser keeps them as
 * they are and gets neither the code nor the data that made them. Without Svelte's markers,
 * which `{@html}` in the head must not find inside.
 */
export function shareTagsHtml(): string {
	const head = storyShareHead(content, siteSettings(), {
		page: resolve('/'),
		image: resolve('/share/timeline.png')
	});
	const { head: html } = render(ShareTags, {
		props: { head, jsonLd: jsonLdElement(head.jsonLd) }
	});
	return html.replace(/<!--[\s\S]*?-->/g, '');
}

/** The locator under the headline (Kyrgyzstan in Central Asia), as static SVG. */
export function locatorHtml(): string {
	return render(Locator, { props: { locator: minesMap.inset } }).body;
}
