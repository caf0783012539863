/** Where the site lives (`SITE_URL`, `BASE_PATH`, `PUBLISHED_DATE`); `site.server.ts` reads them. */

export interface SiteSettings {
	/** An origin, no path (that is `BASE_PATH`); null: no absolute URL is written. */
	siteUrl: string | null;
	/** `YYYY-MM-DD`. */
	publishedDate: string | null;
}

/** A path is refused, to go in `BASE_PATH`, so the two can never disagree. */
export function parseSiteUrl(value: string | undefined): string | null {
	const text = (value ?? '').trim();
	if (!text) return null;
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new Error(`SITE_URL must be an absolute URL such as https://example.org (got "${text}")`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`SITE_URL must start with https:// or http:// (got "${text}")`);
	}
	if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
		throw new Error(
			`SITE_URL is the origin only, e.g. https://example.org (got "${text}"); ` +
				'put a sub-path in BASE_PATH, e.g. BASE_PATH=/graphics/kyrgyzstan'
		);
	}
	return url.origin;
}

export function parsePublishedDate(value: string | undefined): string | null {
	const text = (value ?? '').trim();
	if (!text) return null;
	const ok =
		/^\d{4}-\d{2}-\d{2}$/.test(text) &&
		new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
	if (!ok) throw new Error(`PUBLISHED_DATE must be a date as YYYY-MM-DD (got "${text}")`);
	return text;
}

/** `path` as `resolve()` gives it, base path included. */
export function absoluteUrl(site: SiteSettings, path: string): string | null {
	if (!path.startsWith('/')) {
		throw new Error(`absoluteUrl needs a path from the site root, got "${path}"`);
	}
	return site.siteUrl ? `${site.siteUrl}${path}` : null;
}

/** The single-file offline build, which routes by the hash (`VITE_OFFLINE`: svelte.config.js). */
export const OFFLINE: boolean = import.meta.env?.VITE_OFFLINE === '1';
