/**
 * Where the story page's script is, for the page's head: the entry chunk the client build made of
 * `story-script/entry.ts` (`vite-plugin.ts`) and the chunks it imports statically (preloaded, so
 * they download in parallel with it), read from the client build's manifest. The prerender runs
 * after the client build, so the manifest is there; in `vite dev` the module is served as it is.
 */
import { readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import type { StoryScriptFiles } from './tags';
import { STORY_SCRIPT } from './vite-plugin';

interface ManifestChunk {
	file: string;
	imports?: string[];
}

/** SvelteKit's client build manifest (its default `outDir`, which this project keeps). */
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

export function storyScriptFiles(): StoryScriptFiles {
	if (dev) return { entry: `/${STORY_SCRIPT}`, preload: [] };
	let manifest: Record<string, ManifestChunk>;
	try {
		manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestChunk>;
	} catch (error) {
		throw new Error(
			`The story page's script: cannot read the client build's manifest ${MANIFEST} (${String(error)}).`,
			{ cause: error }
		);
	}
	const entry = manifest[STORY_SCRIPT];
	if (!entry) {
		throw new Error(
			`The story page's script: ${STORY_SCRIPT} is not in ${MANIFEST}; is the story-script plugin in vite.config.ts?`
		);
	}
	const preload = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || preload.has(chunk.file)) return;
		preload.add(chunk.file);
		chunk.imports?.forEach(visit);
	};
	entry.imports?.forEach(visit);
	return { entry: entry.file, preload: [...preload] };
}
