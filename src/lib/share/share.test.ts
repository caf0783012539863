import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/content/load';
import { jsonLdText, shareImageAlt, storyShareHead, type MetaTag } from './share';

const content = loadContent(path.resolve('content')).content;
const paths = { page: '/graphics/kg/', image: '/graphics/kg/share/timeline.png' };
const tag = (meta: MetaTag[], key: string) =>
	meta.find((m) => ('property' in m ? m.property : m.name) === key)?.content;

describe('storyShareHead with SITE_URL', () => {
	const head = storyShareHead(
		content,
		{ siteUrl: 'https://example.org', publishedDate: '2020-10-07' },
		paths
	);
	it('writes absolute canonical, og:url and image URLs under the base path', () => {
		expect(head.canonical).toBe('https://example.org/graphics/kg/');
		expect(tag(head.meta, 'og:url')).toBe('https://example.org/graphics/kg/');
		expect(tag(head.meta, 'og:image')).toBe('https://example.org/graphics/kg/share/timeline.png');
		expect(tag(head.meta, 'twitter:image')).toBe(tag(head.meta, 'og:image'));
		expect(tag(head.meta, 'og:image:width')).toBe('1200');
		expect(tag(head.meta, 'og:image:height')).toBe('630');
		expect(tag(head.meta, 'twitter:card')).toBe('summary_large_image');
		expect(tag(head.meta, 'article:published_time')).toBe('2020-10-07');
	});
	it('describes an explainer based on the Reuters report, with its date and address', () => {
		expect(head.jsonLd).toMatchObject({
			'@type': 'NewsArticle',
			headline: content.story.headline,
			url: 'https://example.org/graphics/kg/',
			datePublished: '2020-10-07',
			image: ['https://example.org/graphics/kg/share/timeline.png'],
			isBasedOn: {
				'@type': 'NewsArticle',
				datePublished: '2020-10-06',
				publisher: { '@type': 'Organization', name: 'Reuters' },
				url: content.report.url
			}
		});
	});
});

describe('storyShareHead without SITE_URL', () => {
	const head = storyShareHead(content, { siteUrl: null, publishedDate: null }, paths);
	it('leaves out what must be absolute, and never invents a publication date', () => {
		expect(head.canonical).toBeNull();
		for (const key of ['og:url', 'og:image', 'twitter:image', 'article:published_time']) {
			expect(tag(head.meta, key), key).toBeUndefined();
		}
		expect(tag(head.meta, 'twitter:card')).toBe('summary');
		expect(head.jsonLd).not.toHaveProperty('url');
		expect(head.jsonLd).not.toHaveProperty('image');
		expect(head.jsonLd).not.toHaveProperty('datePublished');
	});
	it('still has title, description and the source report', () => {
		expect(tag(head.meta, 'og:title')).toBe(content.story.headline);
		expect(tag(head.meta, 'og:description')).toBe(content.story.description);
		expect(head.jsonLd).toHaveProperty('isBasedOn.datePublished', content.report.date);
	});
});

describe('shareImageAlt', () => {
	it("is the headline and the timeline overview step's text equivalent", () => {
		const alt = shareImageAlt(content);
		expect(alt.startsWith(content.story.headline)).toBe(true);
		expect(alt).toContain('Sunday 4 to Tuesday 6 October 2020');
	});
});

describe('jsonLdText', () => {
	it('cannot close the script element it sits in', () => {
		const text = jsonLdText({ a: '</script><!-- & -->' });
		expect(text).not.toMatch(/[<>&]/);
		expect(JSON.parse(text)).toEqual({ a: '</script><!-- & -->' });
	});
});
