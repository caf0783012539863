/**
 * The story page's build-time settings: where the site is published (`SITE_URL`) and our page's
 * publication date (`PUBLISHED_DATE`), for the share tags. Read in Node while prerendering.
 */
import { siteSettings } from '$lib/seo/site.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ site: siteSettings() });
