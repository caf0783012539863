/** The story's share tags and `NewsArticle` data. Pure: content and site settings in, data out. */
import type { Content } from '$lib/content/types';
import { absoluteUrl, type SiteSettings } from '../site/site';

export const SHARE_IMAGE = {
	width: 1200,
	height: 630,
	type: 'image/png'
} as const;

/** `name` (standard, Twitter) or `property` (Open Graph). */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** Root-relative, base path included. */
export interface SharePaths {
	page: string;
	image: string;
}

export interface ShareHead {
	title: string;
	description: string;
	/** Null without `SITE_URL`. */
	canonical: string | null;
	meta: MetaTag[];
	jsonLd: Record<string, unknown>;
}

/** The step the share image shows: the timeline section's overview. */
export function shareStep(content: Content) {
	const section = content.sections.find((s) => s.chart === 'timeline');
	const stepId = section?.overview ?? section?.steps[0];
	return content.steps.find((s) => s.id === stepId);
}

/** The share image's text equivalent. */
export function shareImageAlt(content: Content): string {
	return [content.story.headline, shareStep(content)?.graphic].filter(Boolean).join('. ');
}

/** Without `SITE_URL`, what must be absolute is left out rather than broken; the card is a `summary`. */
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

/** Escaped so no string can close the script element or open a comment. */
export function jsonLdText(data: unknown): string {
	return JSON.stringify(data)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026');
}

export function jsonLdElement(data: unknown): string {
	return `<script type="application/ld+json">${jsonLdText(data)}</script>`;
}
