/**
 * The story page is prerendered and not hydrated: SvelteKit ships no script for it (`csr`), and
 * the page names its own small script instead (`src/lib/story/`, found here at prerender time),
 * which drives the prerendered markup and loads each chart as an island.
 *
 * `site` gives the build's site settings (`SITE_URL`, `PUBLISHED_DATE`) to the views that write
 * absolute addresses (the embed code). The share tags are rendered at build time by the page
 * itself (`shareTagsHtml` in views/static-sections.ts).
 *
 * The single-file offline build leaves `.ts` route files out: there the page is rendered and
 * hydrated in the browser, and starts the same script itself.
 */
import { siteSettings } from '$lib/site/site.server';
import { scriptFiles } from '$lib/page-script/files.server';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => ({
	site: siteSettings(),
	script: scriptFiles('story')
});
