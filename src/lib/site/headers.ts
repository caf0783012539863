/**
 * The hosts' `_headers` file (Netlify, Cloudflare Pages; src/docs/newsrooms.md gives nginx's).
 * Hashed files (`_app/immutable/`) are cached a year; whatever keeps its name when its content
 * changes (pages, downloads, `embed.js`) a minute, then revalidated.
 */
export const LONG_CACHE = 'public, max-age=31536000, immutable';
export const SHORT_CACHE = 'public, max-age=60, must-revalidate';

/** `*` in a path matches anything, slashes too. */
export interface HeaderRule {
	path: string;
	headers: Record<string, string>;
}

/** The story's own pages: not to be framed by other sites. */
const NOT_FRAMED = {
	'Content-Security-Policy': "frame-ancestors 'self'",
	'X-Frame-Options': 'SAMEORIGIN'
};

/** No two rules give a path the same header: Netlify and Cloudflare would join them with commas. */
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

export function headersFile(base: string): string {
	const blocks = headerRules(base).map(
		(rule) =>
			`${rule.path}\n${Object.entries(rule.headers)
				.map(([name, value]) => `  ${name}: ${value}`)
				.join('\n')}`
	);
	return `# Written by the build (src/lib/site/headers.ts); see src/docs/newsrooms.md.\n${blocks.join('\n')}\n`;
}

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

export function pathMatches(pattern: string, pathname: string): boolean {
	const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${source.join('.*')}$`).test(pathname);
}

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
