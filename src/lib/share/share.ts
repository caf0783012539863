/**
 * What the story page tells search engines and social networks: title, description, canonical
 * link, Open Graph and Twitter card tags, and structured data (schema.org `NewsArticle`, based on
 * the Reuters report). Pure: content and site settings in, plain data out.
 */
import type { Content } from '$lib/content/types';
import { absoluteUrl, type SiteSettings } from '../site/site';

/** The share image: a build-time rendering of the timeline graphic (see routes/share/). */
export const SHARE_IMAGE = {
	width: 1200,
	height: 630,
	type: 'image/png'
} as const;

/** One `<meta>` tag: `name` (standard, Twitter) or `property` (Open Graph), and its content. */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** Root-relative paths (base path included) of the page and of its share image. */
export interface SharePaths {
	page: string;
	image: string;
}

/** Everything the page head needs for sharing. */
export interface ShareHead {
	title: string;
	description: string;
	/** Absolute canonical URL, or null without `SITE_URL` (no canonical link is written then). */
	canonical: string | null;
	/** Open Graph and Twitter tags, in order. */
	meta: MetaTag[];
	/** The schema.org object for the `application/ld+json` script. */
	jsonLd: Record<string, unknown>;
}

/** The text equivalent of the share image: headline, then what the timeline shows. */
export function shareImageAlt(content: Content): string {
	const section = content.sections.find((s) => s.chart === 'timeline');
	const stepId = section ? (section.overview ?? section.steps[0]) : undefined;
	const step = content.steps.find((s) => s.id === stepId);
	return [content.story.headline, step?.graphic].filter(Boolean).join('. ');
}

/**
 * The head of the story page. Without `SITE_URL` it leaves out what must be absolute (canonical,
 * `og:url`, the image tags, JSON-LD `url` and `image`) rather than write a URL that would break
 * when the page is shared; the card is then a plain `summary`.
 */
export function storyShareHead(content: Content, site: SiteSettings, paths: SharePaths): ShareHead {
	const { story, report } = content;
	const canonical = absoluteUrl(site, paths.page);
	const image = absoluteUrl(site, paths.image);
	const alt = shareImageAlt(content);

	const meta: MetaTag[] = [
		{ property: 'og:type', content: 'article' },
		{ property: 'og:title', content: story.headline },
		{ property: 'og:description', content: story.description }
	];
	if (canonical) meta.push({ property: 'og:url', content: canonical });
	if (image) {
		meta.push(
			{ property: 'og:image', content: image },
			{ property: 'og:image:type', content: SHARE_IMAGE.type },
			{ property: 'og:image:width', content: String(SHARE_IMAGE.width) },
			{ property: 'og:image:height', content: String(SHARE_IMAGE.height) },
			{ property: 'og:image:alt', content: alt }
		);
	}
	if (site.publishedDate) {
		meta.push({ property: 'article:published_time', content: site.publishedDate });
	}
	meta.push(
		{ name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
		{ name: 'twitter:title', content: story.headline },
		{ name: 'twitter:description', content: story.description }
	);
	if (image) {
		meta.push(
			{ name: 'twitter:image', content: image },
			{ name: 'twitter:image:alt', content: alt }
		);
	}

	const source = {
		'@type': 'NewsArticle',
		headline: report.headline,
		datePublished: report.date,
		author: { '@type': 'Organization', name: report.credit },
		publisher: { '@type': 'Organization', name: report.publisher },
		url: report.url,
		description: `Report by ${report.publisher}, ${report.dateLabel}, as republished by ${report.republishedBy}.`
	};
	const jsonLd: Record<string, unknown> = {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: story.headline,
		description: story.description,
		genre: 'Explainer',
		inLanguage: 'en',
		isAccessibleForFree: true,
		...(canonical ? { url: canonical, mainEntityOfPage: canonical } : {}),
		...(image ? { image: [image] } : {}),
		...(site.publishedDate ? { datePublished: site.publishedDate } : {}),
		isBasedOn: source,
		creditText: `Based on reporting by ${report.publisher}, ${report.dateLabel}.`
	};

	return { title: story.headline, description: story.description, canonical, meta, jsonLd };
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` escaped so no string in
 * the data can close the script element or open a comment.
 */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026');
}

/** The whole `<script type="application/ld+json">` element, for `{@html}` in the head. */
export function jsonLdElement(data: unknown): string {
	return `<script type="application/ld+json">${jsonLdText(data)}</script>`;
}
