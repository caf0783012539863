/**
 * Reads the site settings from the build's environment (Node only: prerendering and endpoints).
 * A bad value stops the build with a message saying what to write instead.
 */
import { parsePublishedDate, parseSiteUrl, type SiteSettings } from './site';

/** `SITE_URL` and `PUBLISHED_DATE` from the environment, checked. */
export function siteSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
	return {
		siteUrl: parseSiteUrl(env.SITE_URL),
		publishedDate: parsePublishedDate(env.PUBLISHED_DATE)
	};
}
