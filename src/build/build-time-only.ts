/**
 * Vite plugin: modules that only the prerender runs become empty stubs in the browser build.
 *
 * Views call them under `import.meta.env.SSR` (prose, static sections, data tables and the charts'
 * prerendered markup, kept in the browser by `StaticHtml`), so the browser never runs them, but
 * a static import still drags every module they import into the page's graph. The bundler drops
 * what is unused only when it can prove it pure, and a Svelte component is not (a data table
 * pulls in its chart's layout code, the map its geometry): the page paid for chart code it never
 * ran. Each stub exports the same names, all undefined. `browserToo` lists modules that a build
 * still needs in the browser (the offline copy renders the data tables itself).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const PREFIX = '\0build-time-only:';

/** `src/lib/x.ts` (paths relative to the project) for each module to stub in the browser. */
export function buildTimeOnly(files: string[], browserToo: string[] = []): Plugin {
	const stubbed = files.filter((f) => !browserToo.includes(f));
	const matches = (id: string) => {
		return stubbed.some((f) => id.endsWith(`/${f}`));
	};
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
