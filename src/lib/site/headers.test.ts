import { describe, expect, it } from 'vitest';
import {
	LONG_CACHE,
	SHORT_CACHE,
	headerRules,
	headersFile,
	headersFor,
	parseHeadersFile,
	pathMatches
} from './headers';

describe('the _headers file', () => {
	it('reads back as the rules it was written from, at the root and under a base path', () => {
		for (const base of ['', '/graphics/kg']) {
			expect(parseHeadersFile(headersFile(base))).toEqual(headerRules(base));
			expect(headerRules(base).every((r) => r.path.startsWith(`${base}/`))).toBe(true);
		}
	});

	it('matches paths as Netlify and Cloudflare do: * is anything, slashes too', () => {
		expect(pathMatches('/embed/*', '/embed/timeline/')).toBe(true);
		expect(pathMatches('/embed/*', '/embed.js')).toBe(false);
		expect(pathMatches('/', '/index.html')).toBe(false);
		expect(pathMatches('/a.b', '/aXb')).toBe(false);
	});

	it('gives each path one cache lifetime, and frames only the embeds', () => {
		const rules = headerRules('/g');
		const cache = (p: string) => headersFor(rules, p)['Cache-Control'];
		expect(cache('/g/_app/immutable/chunks/Bjy-W4x2.js')).toBe(LONG_CACHE);
		for (const p of ['/g/', '/g/index.html', '/g/present/', '/g/embed/mines/', '/g/embed.js']) {
			expect(cache(p), p).toBe(SHORT_CACHE);
		}
		expect(cache('/g/data/events.csv')).toBe(SHORT_CACHE);
		expect(headersFor(rules, '/g/embed/mines/')['Content-Security-Policy']).toBe(
			'frame-ancestors *'
		);
		expect(headersFor(rules, '/g/present/')['X-Frame-Options']).toBe('SAMEORIGIN');
		expect(headersFor(rules, '/g/embed/mines/')['X-Frame-Options']).toBeUndefined();
	});

	it('refuses two values of one header for a path (hosts would join them)', () => {
		const rules = [
			{ path: '/*', headers: { 'Cache-Control': SHORT_CACHE } },
			{ path: '/_app/*', headers: { 'Cache-Control': LONG_CACHE } }
		];
		expect(() => headersFor(rules, '/_app/x.js')).toThrow(/twice/);
	});
});
