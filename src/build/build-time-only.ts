/**
 * Vite plugin: modules only the prerender runs become stubs (the same names, undefined) in the
 * browser. Called under `import.meta.env.SSR`, a static import still pulled their graph in: the
 * bundler cannot prove a Svelte component pure, so the page paid for chart code it never ran.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const PREFIX = '\0build-time-only:';

/** `files`: paths from the project root. `browserToo`: still needed there (the offline copy). */
export function buildTimeOnly(files: string[], browserToo: string[] = []): Plugin {
	const stubbed = files.filter((f) => !browserToo.includes(f));
	const matches = (id: string) => stubbed.some((f) => id.endsWith(`/${f}`));
	return {
		name: 'build-time-only',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (options.ssr || !importer || source.startsWith(PREFIX)) return null;
			if (!/(static-sections|prose-html|chart-html|tables)(\.ts|\.js)?$/.test(source)) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			if (!resolved || resolved.external || !matches(resolved.id)) return null;
			return PREFIX + resolved.id.replaceAll(PREFIX, '');
		},
		load: {
			filter: { id: /^\0build-time-only:/ },
			handler(id) {
				const source = readFileSync(id.replaceAll(PREFIX, ''), 'utf8');
				const names = [...source.matchAll(/^export (?:async )?(?:function|const|let) (\w+)/gm)].map(
					(m) => m[1]
				);
				return names.map((name) => `export const ${name} = undefined;`).join('\n');
			}
		}
	};
}
