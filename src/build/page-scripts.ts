/**
 * Vite plugin: the pages' own scripts as entry chunks of the client build (their pages are not
 * hydrated, so SvelteKit loads none). Sharing chunks with the rest of the build puts an embed's
 * chart in the cache of a reader who saw the story. Not in the offline build.
 */
import type { Plugin } from 'vite';
import { PAGE_SCRIPTS } from '../lib/page-script/tags.ts';

export function pageScripts(): Plugin {
	let client = false;
	return {
		name: 'page-scripts',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr && process.env.OFFLINE !== '1';
		},
		buildStart() {
			if (!client) return;
			for (const [name, id] of Object.entries(PAGE_SCRIPTS)) {
				this.emitFile({ type: 'chunk', id, name: `${name}-script` });
			}
		}
	};
}
