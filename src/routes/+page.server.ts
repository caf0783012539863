/**
 * The build's site settings (`SITE_URL`, `PUBLISHED_DATE`), for the views that write absolute
 * addresses (the embed code). The share tags are rendered at build time by the page itself
 * (`shareTagsHtml` in views/static-sections.ts), so the browser gets neither their data nor
 * their code.
 */
import { siteSettings } from '$lib/seo/site.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ site: siteSettings() });
