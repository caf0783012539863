import { describe, expect, it } from 'vitest';
import { absoluteUrl, parsePublishedDate, parseSiteUrl } from './site';

describe('parseSiteUrl', () => {
	it('is null when unset or empty', () => {
		expect(parseSiteUrl(undefined)).toBeNull();
		expect(parseSiteUrl('  ')).toBeNull();
	});
	it('keeps the origin and drops a trailing slash', () => {
		expect(parseSiteUrl('https://example.org')).toBe('https://example.org');
		expect(parseSiteUrl('https://example.org/')).toBe('https://example.org');
		expect(parseSiteUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
	});
	it('refuses a path, saying to use BASE_PATH', () => {
		expect(() => parseSiteUrl('https://example.org/graphics')).toThrow(/BASE_PATH/);
	});
	it('refuses what is not an http(s) URL', () => {
		expect(() => parseSiteUrl('example.org')).toThrow(/absolute URL/);
		expect(() => parseSiteUrl('ftp://example.org')).toThrow(/https:\/\//);
	});
});

describe('parsePublishedDate', () => {
	it('accepts a real date and nothing else', () => {
		expect(parsePublishedDate('2020-10-07')).toBe('2020-10-07');
		expect(parsePublishedDate(undefined)).toBeNull();
		expect(() => parsePublishedDate('2020-02-30')).toThrow(/YYYY-MM-DD/);
		expect(() => parsePublishedDate('7 October 2020')).toThrow(/YYYY-MM-DD/);
	});
});

describe('absoluteUrl', () => {
	it('joins the origin and the resolved path, or gives null without SITE_URL', () => {
		const site = { siteUrl: 'https://example.org', publishedDate: null };
		expect(absoluteUrl(site, '/graphics/kg/')).toBe('https://example.org/graphics/kg/');
		expect(absoluteUrl({ siteUrl: null, publishedDate: null }, '/')).toBeNull();
		expect(() => absoluteUrl(site, './')).toThrow(/site root/);
	});
});
