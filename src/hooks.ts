/**
 * Universal hooks. Only the single-file offline build (`npm run build:offline`) uses one: it
 * routes by the hash (`index.html#/present/`), so an old-style step link (`index.html#storming`,
 * as the story writes into the address bar while the reader scrolls) would name a route that does
 * not exist. Such hashes open the story, which then scrolls to the step itself.
 */
import type { Reroute } from '@sveltejs/kit';
import { OFFLINE } from '$lib/site/site';

export const reroute: Reroute = ({ url }) => {
	if (!OFFLINE) return;
	return url.hash.startsWith('#/') ? undefined : '/';
};
