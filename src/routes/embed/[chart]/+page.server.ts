/**
 * `/embed/<chart>/`: one graphic on its own, for other sites' iframes. Only the story's graphics
 * are prerendered; any other name is not a page, so the static host serves the site's 404.
 */
import { error } from '@sveltejs/kit';
import { content } from 'virtual:story-content';
import type { ChartName } from '$lib/content/types';
import { siteSettings } from '$lib/seo/site.server';
import type { EntryGenerator, PageServerLoad } from './$types';

const chartNames = content.sections.map((s) => s.chart).filter((c): c is ChartName => c !== null);

/** One embed per graphic in the story. */
export const entries: EntryGenerator = () => chartNames.map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params }) => {
	const chart = chartNames.find((c) => c === params.chart);
	if (!chart) error(404, 'Not found');
	return { chart, site: siteSettings() };
};
