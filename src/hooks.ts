/**
 * The offline build routes by the hash, so a step link (`index.html#storming`) opens the story,
 * which scrolls to the step itself.
 */
import type { Reroute } from '@sveltejs/kit';
import { OFFLINE } from '$lib/site/site';

export const reroute: Reroute = ({ url }) => {
	if (!OFFLINE) return;
	return url.hash.startsWith('#/') ? undefined : '/';
};
