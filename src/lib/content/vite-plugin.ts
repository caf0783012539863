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

/**
 * A content problem as a build error a journalist can act on: the list of problems, without a
 * stack trace (which would only be noise). Other errors pass through untouched.
 */
export function journalistError(error: unknown, message?: string): unknown {
	if (!(error instanceof ContentError)) return error;
	const clean = new Error(message ?? error.message);
	clean.stack = '';
	return clean;
}

export function storyContent(options: { root?: string } = {}): Plugin {
	let root = options.root ?? process.cwd();
	let building = false;
	return {
		name: 'story-content',
		enforce: 'pre',
		configResolved(config) {
			root = options.root ?? config.root;
			building = config.command === 'build';
		},
		buildStart() {
			if (!building) return;
			// Check once, before anything is compiled, and stop with the list alone: a journalist
			// should see what to fix, not the bundler's stack trace. (The dev server shows the same
			// list in its error overlay instead.)
			try {
				loadContent(path.join(root, 'content'));
			} catch (error) {
				if (!(error instanceof ContentError)) throw error;
				console.error(`\n${error.message}`);
				process.exit(1);
			}
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
				throw journalistError(error);
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

/**
 * Marks the story's compiled prose (`content/**.md`) as free of side effects, so a browser bundle
 * that only names it in server-only code (see `prose-html.ts`) drops it: the reading page keeps
 * its prerendered prose and ships none of it as JavaScript.
 */
export function proseIsPure(): Plugin {
	return {
		name: 'prose-is-pure',
		enforce: 'post',
		transform(code, id) {
			if (!/\/content\/.*\.md($|\?)/.test(id)) return undefined;
			return { code, map: null, moduleSideEffects: false };
		}
	};
}
