/**
 * Vite plugin: gives the embed pages (`src/routes/embed/**`) their own copies of the modules they
 * share with the story (charts, chart helpers, views).
 *
 * Why: each embed loads one chart. If it shared that chart's modules with the story page, the
 * bundler would cut the story's code into many small chunks along the embeds' lines (one per
 * chart, one per helper shared by two charts, …), and the story's first load would grow by about
 * 5 KB gzipped (more files, worse compression), past its budget. With copies, the story keeps its
 * few large chunks and each embed bundles only what it uses. The cost is a second download of the
 * same code for a reader who opens both the story and an embed, which readers of an embed (on
 * another site) rarely do.
 *
 * A copy is the same file under another name (`Chart.embed-copy.svelte`), read from the original,
 * so every other plugin (Svelte, TypeScript, CSS) treats it as an ordinary module.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const MARK = '.embed-copy';
/** Modules an embed copies rather than shares: our own code under src/lib, and the content. */
const OWN = /\/src\/lib\/.*\.(svelte|ts|js)$|^\0virtual:/;
const COPY = /\.embed-copy(\.(?:svelte|ts|js))?$/;

/** `a/b/Chart.svelte` → `a/b/Chart.embed-copy.svelte`; a virtual id gets the mark at its end. */
export function copyId(id: string): string {
	return id.startsWith('\0') ? id + MARK : id.replace(/(\.(?:svelte|ts|js))$/, `${MARK}$1`);
}

/** `a/b/Chart.embed-copy.svelte` → `a/b/Chart.svelte` (and the same for virtual ids). */
export function originalId(id: string): string {
	return id.replace(COPY, '$1');
}

export function embedCopies(): Plugin {
	return {
		name: 'embed-copies',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!importer || options.ssr) return null;
			const fromEmbed = importer.includes('/src/routes/embed/') || COPY.test(importer);
			if (!fromEmbed) return null;
			const resolved = await this.resolve(source, originalId(importer), {
				...options,
				skipSelf: true
			});
			if (!resolved || resolved.external || !OWN.test(resolved.id)) return null;
			return { ...resolved, id: copyId(resolved.id) };
		},
		load(id) {
			if (!COPY.test(id)) return null;
			// A copy of a virtual module (the content): the plugin that serves it loads it.
			if (id.startsWith('\0')) return null;
			const file = originalId(id);
			this.addWatchFile(file);
			return readFileSync(file, 'utf8');
		}
	};
}
