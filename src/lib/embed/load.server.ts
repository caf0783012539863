/**
 * The build-time data of an embed page: where the site is published (for the link back to the
 * full story). Each graphic has its own route (`/embed/<chart>/`), so a page loads only its own
 * chart's code; any other name is not a page, and the static host serves the site's 404.
 */
import { siteSettings } from '$lib/site/site.server';
import type { SiteSettings } from '$lib/site/site';
import { scriptFiles } from '$lib/page-script/files.server';
import type { ScriptFiles } from '$lib/page-script/tags';

/** The data every embed page needs. */
export function embedData(): { site: SiteSettings; script: ScriptFiles } {
	return { site: siteSettings(), script: scriptFiles('embed') };
}
