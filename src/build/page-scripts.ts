/**
 * Vite plugin: builds the pages' own scripts (the story's, `story/entry.ts`, and the embeds',
 * `embed/embed-entry.ts`) as entry chunks of the client build. Those pages are prerendered
 * and not hydrated (`csr = false`), so SvelteKit loads no script for them; each page names its
 * script itself, looked up in the client build's manifest at prerender time (`files.server.ts`).
 * Their dynamic imports (the charts' islands, the person dialog) share their chunks with the rest
 * of the client build, so a reader who saw the story has an embed's chart in the cache.
 *
 * Not in the single-file offline build, which renders the story in the browser and starts the
 * same code from the page component (`StoryPage.svelte`).
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
