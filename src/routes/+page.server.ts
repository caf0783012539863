/**
 * Not hydrated (`csr`): the page names its own script instead, found here at prerender time. The
 * offline build leaves `.ts` route files out and starts the same script from the page.
 */
import { siteSettings } from '$lib/site/site.server';
import { scriptFiles } from '$lib/page-script/files.server';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => ({
	site: siteSettings(),
	script: scriptFiles('story')
});
