/**
 * `/_headers`: the cache and security headers for Netlify and Cloudflare Pages, written into the
 * build under BASE_PATH (src/lib/site/headers.ts; other hosts: src/docs/newsrooms.md).
 */
import { base } from '$app/paths';
import { headersFile } from '$lib/site/headers';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(headersFile(base), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
