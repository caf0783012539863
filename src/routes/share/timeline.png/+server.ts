/** The share image (`og:image`), drawn at build time. */
import { content } from 'virtual:story-content';
import { timelineSharePng } from '$lib/share/timeline-share.server';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = () => {
	const { png } = timelineSharePng(content);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
