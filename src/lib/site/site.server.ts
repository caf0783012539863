/** The site settings from the build's environment; a bad value stops the build. */
import { parsePublishedDate, parseSiteUrl, type SiteSettings } from './site';

export function siteSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
	return {
		siteUrl: parseSiteUrl(env.SITE_URL),
		publishedDate: parsePublishedDate(env.PUBLISHED_DATE)
	};
}
