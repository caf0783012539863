/**
 * A page script's entry chunk and its static imports (to preload), from the client build's
 * manifest: the prerender runs after the client build. In `vite dev` the module is served as it is.
 */
import { readFileSync } from 'node:fs';
import { dev } from '$app/environment';
import { PAGE_SCRIPTS, type PageScript, type ScriptFiles } from './tags';

interface ManifestChunk {
	file: string;
	imports?: string[];
}

/** SvelteKit's default `outDir`. */
const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

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
