/**
 * `/share/timeline.png`: the 1200x630 share image, drawn at build time from the real timeline
 * graphic (see $lib/share/timeline-share.server.ts). Social networks fetch it from `og:image`.
 */
import { content } from 'virtual:story-content';
import { timelineSharePng } from '$lib/share/timeline-share.server';
import type { RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const GET: RequestHandler = () => {
	const { png } = timelineSharePng(content);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
