/**
 * Where a page's own script is, for the page's head: the entry chunk the client build made of it
 * (`src/build/page-scripts.ts`) and the chunks it imports statically (preloaded when it loads, so they
 * download in parallel with it), read from the client build's manifest. The prerender runs
 * after the client build, so the manifest is there; in `vite dev` the module is served as it is.
 */
import { readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import { PAGE_SCRIPTS, type PageScript, type ScriptFiles } from './tags';

interface ManifestChunk {
	file: string;
	imports?: string[];
}

/** SvelteKit's client build manifest (its default `outDir`, which this project keeps). */
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

/** The manifest, read once per prerender (every page with a script of its own asks for it). */
let cached: Record<string, ManifestChunk> | undefined;

function readManifest(name: PageScript): Record<string, ManifestChunk> {
	try {
		return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestChunk>;
	} catch (error) {
		throw new Error(
			`The ${name} page's script: cannot read the client build's manifest ${MANIFEST} (${String(error)}).`,
			{ cause: error }
		);
	}
}

/** The built files of page script `name` (the story's or the embeds'). */
export function scriptFiles(name: PageScript): ScriptFiles {
	const module = PAGE_SCRIPTS[name];
	if (dev) return { entry: `/${module}`, preload: [] };
	const manifest = (cached ??= readManifest(name));
	const entry = manifest[module];
	if (!entry) {
		throw new Error(
			`The ${name} page's script: ${module} is not in ${MANIFEST}; is the page-scripts plugin in vite.config.ts?`
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
