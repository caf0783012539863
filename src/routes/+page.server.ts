/**
 * The story page's share tags, computed at build time from the content and the build's settings
 * (`SITE_URL`, `PUBLISHED_DATE`). Done here, in Node, so the browser gets the finished tags and
 * none of the content or code that made them.
 */
import { resolve } from '$app/paths';
import { content } from 'virtual:story-content';
import { jsonLdElement, storyShareHead } from '$lib/seo/share';
import { siteSettings } from '$lib/seo/site.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const site = siteSettings();
	const head = storyShareHead(content, site, {
		page: resolve('/'),
		image: resolve('/share/timeline.png')
	});
	return { site, head, jsonLd: jsonLdElement(head.jsonLd) };
};
