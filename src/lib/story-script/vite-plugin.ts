/**
 * Vite plugin: builds the story page's own script (`story-script/entry.ts`) as an entry chunk of
 * the client build. The story page is prerendered and not hydrated (`csr = false`), so SvelteKit
 * loads no script for it; the page names this chunk itself, looked up in the client build's
 * manifest at prerender time (`files.server.ts`). Its dynamic imports (the charts' islands, the
 * person dialog) share their chunks with the rest of the client build.
 *
 * Not in the single-file offline build, which renders the story in the browser and starts the
 * same code from the page component (`StoryPage.svelte`).
 */
import type { Plugin } from 'vite';

/** The entry module, relative to the project root (also its key in the client manifest). */
export const STORY_SCRIPT = 'src/lib/story-script/entry.ts';

export function storyScript(): Plugin {
	let client = false;
	return {
		name: 'story-script',
		apply: 'build',
		configResolved(config) {
			client = !config.build.ssr && process.env.OFFLINE !== '1';
		},
		buildStart() {
			if (client) this.emitFile({ type: 'chunk', id: STORY_SCRIPT, name: 'story-script' });
		}
	};
}
