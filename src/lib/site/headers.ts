/**
 * The HTTP headers a host should send with the build, as a `_headers` file (Netlify, Cloudflare
 * Pages) that the build writes to `build/_headers` (src/routes/_headers/+server.ts). Two cache
 * lifetimes: files whose name holds a hash of their content (`_app/immutable/`) are cached for a
 * year and never revalidated; everything else keeps its name when its content changes (the pages,
 * the data downloads, `embed.js` that other sites load), so it is cached briefly and revalidated.
 * src/docs/newsrooms.md explains them and gives the same rules for nginx.
 */

/** Hashed files: a year, never revalidated. */
export const LONG_CACHE = 'public, max-age=31536000, immutable';
/** Files whose name stays when their content changes: a minute, then revalidated. */
export const SHORT_CACHE = 'public, max-age=60, must-revalidate';

/** One rule: a path pattern (`*` matches anything, slashes too) and its headers. */
export interface HeaderRule {
	path: string;
	headers: Record<string, string>;
}

/** The story's own pages: not to be framed by other sites. */
const NOT_FRAMED = {
	'Content-Security-Policy': "frame-ancestors 'self'",
	'X-Frame-Options': 'SAMEORIGIN'
};

/**
 * The rules under `base` (BASE_PATH: '' or `/graphics/…`). No two rules give the same path a
 * header of the same name: Netlify and Cloudflare join such values with commas.
 */
export function headerRules(base: string): HeaderRule[] {
	const short = { 'Cache-Control': SHORT_CACHE };
	return [
		{
			path: `${base}/*`,
			headers: {
				'X-Content-Type-Options': 'nosniff',
				'Referrer-Policy': 'strict-origin-when-cross-origin',
				'Permissions-Policy': 'camera=(), microphone=(), geolocation=()'
			}
		},
		{ path: `${base}/_app/immutable/*`, headers: { 'Cache-Control': LONG_CACHE } },
		// The pages and their data.
		{ path: `${base}/`, headers: { ...short, ...NOT_FRAMED } },
		{ path: `${base}/index.html`, headers: { ...short, ...NOT_FRAMED } },
		{ path: `${base}/__data.json`, headers: short },
		{ path: `${base}/present/*`, headers: { ...short, ...NOT_FRAMED } },
		{ path: `${base}/404.html`, headers: { ...short, ...NOT_FRAMED } },
		// The embeds, made to be framed by any site.
		{
			path: `${base}/embed/*`,
			headers: { ...short, 'Content-Security-Policy': 'frame-ancestors *' }
		},
		{ path: `${base}/embed.js`, headers: short },
		// SvelteKit's version check, the downloads, the share image, the icon.
		{ path: `${base}/_app/version.json`, headers: short },
		{ path: `${base}/data/*`, headers: short },
		{ path: `${base}/share/*`, headers: short },
		{ path: `${base}/favicon.svg`, headers: short }
	];
}

/** The rules as a `_headers` file. */
export function headersFile(base: string): string {
	const blocks = headerRules(base).map(
		(rule) =>
			`${rule.path}\n${Object.entries(rule.headers)
				.map(([name, value]) => `  ${name}: ${value}`)
				.join('\n')}`
	);
	return `# Written by the build (src/lib/site/headers.ts); see src/docs/newsrooms.md.\n${blocks.join('\n')}\n`;
}

/** Parses a `_headers` file back into rules (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: {} });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon < 0) throw new Error(`_headers: cannot read "${line}"`);
		rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return rules;
}

/** Does a `_headers` path pattern match a request path? (`*` matches anything, slashes too.) */
export function pathMatches(pattern: string, pathname: string): boolean {
	const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${source.join('.*')}$`).test(pathname);
}

/** The headers a path gets: every matching rule's, each name at most once (else an error). */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules) {
		if (!pathMatches(rule.path, pathname)) continue;
		for (const [name, value] of Object.entries(rule.headers)) {
			if (name in out) throw new Error(`${pathname} gets ${name} twice in _headers`);
			out[name] = value;
		}
	}
	return out;
}
