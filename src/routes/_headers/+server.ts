/** `/_headers`, under BASE_PATH (src/lib/site/headers.ts). */
import { base } from '$app/paths';
import { headersFile } from '$lib/site/headers';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(headersFile(base), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
