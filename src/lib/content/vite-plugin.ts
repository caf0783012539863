/**
 * Vite plugin: loads `content/`, checks it (schema, provenance, cross-references) and serves the
 * checked data to the app as the virtual module `virtual:story-content`.
 *
 * Runs only in Node (dev server and build). Nothing of the checking code reaches the browser:
 * the module it serves is plain JSON. A content problem stops the build with the journalist-facing
 * message from `ContentError`, not a stack trace.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { ContentError } from './errors';
import { loadContent } from './load';

const ID = 'virtual:story-content';
const RESOLVED = '\0' + ID;

export function storyContent(options: { root?: string } = {}): Plugin {
	let root = options.root ?? process.cwd();
	return {
		name: 'story-content',
		enforce: 'pre',
		configResolved(config) {
			root = options.root ?? config.root;
		},
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			const contentDir = path.join(root, 'content');
			try {
				const { content, files } = loadContent(contentDir);
				for (const file of files) this.addWatchFile(file);
				return `export const content = ${JSON.stringify(content)};`;
			} catch (error) {
				if (error instanceof ContentError) {
					// A message a journalist can act on; the stack would only be noise.
					const clean = new Error(error.message);
					clean.stack = error.message;
					throw clean;
				}
				throw error;
			}
		},
		handleHotUpdate(ctx) {
			if (ctx.file.startsWith(path.join(root, 'content'))) {
				const mod = ctx.server.moduleGraph.getModuleById(RESOLVED);
				if (mod) ctx.server.moduleGraph.invalidateModule(mod);
			}
		}
	};
}
