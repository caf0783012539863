/**
 * Where the site lives, as the build was told (`SITE_URL`, `BASE_PATH`, `PUBLISHED_DATE`), and the
 * absolute addresses that follow. Pure: the environment is read in `site.server.ts`.
 */

/** What the build knows about where the site is published. */
export interface SiteSettings {
	/**
	 * The origin the site is served from, e.g. `https://example.org` (no trailing slash, no path:
	 * the path is `BASE_PATH`). Null when `SITE_URL` was not set: then no absolute URL is written.
	 */
	siteUrl: string | null;
	/** Our page's publication date (`PUBLISHED_DATE`, `YYYY-MM-DD`), or null when not given. */
	publishedDate: string | null;
}

/** Settings of a build without `SITE_URL` or `PUBLISHED_DATE`. */
export const NO_SITE: SiteSettings = { siteUrl: null, publishedDate: null };

/**
 * Checks and normalises `SITE_URL`: an http(s) origin. A path is refused with a message saying to
 * put it in `BASE_PATH`, so the two can never disagree. Empty or undefined gives null.
 */
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

/** Checks `PUBLISHED_DATE` (`YYYY-MM-DD`, a real date). Empty or undefined gives null. */
export function parsePublishedDate(value: string | undefined): string | null {
	const text = (value ?? '').trim();
	if (!text) return null;
	const ok =
		/^\d{4}-\d{2}-\d{2}$/.test(text) &&
		new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
	if (!ok) throw new Error(`PUBLISHED_DATE must be a date as YYYY-MM-DD (got "${text}")`);
	return text;
}

/**
 * The absolute URL of a root-relative path that already includes the base path (what `resolve()`
 * from `$app/paths` returns with `paths.relative: false`), or null without `SITE_URL`.
 */
export function absoluteUrl(site: SiteSettings, path: string): string | null {
	if (!path.startsWith('/')) {
		throw new Error(`absoluteUrl needs a path from the site root, got "${path}"`);
	}
	return site.siteUrl ? `${site.siteUrl}${path}` : null;
}

/**
 * Whether this is the single-file offline build (`npm run build:offline`), which routes by the
 * hash (`index.html#/present/`) and has no prerendered HTML. Set at build time: svelte.config.js
 * sets `VITE_OFFLINE=1` when it is run with `OFFLINE=1`. Safe anywhere (no DOM access).
 */
export const OFFLINE: boolean = import.meta.env?.VITE_OFFLINE === '1';
