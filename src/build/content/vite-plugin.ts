/**
 * Vite plugin: loads `content/`, checks it (schema, provenance, cross-references) and serves the
 * checked data to the app as the virtual module `virtual:story-content`.
 *
 * Runs only in Node (dev server and build). Nothing of the checking code reaches the browser:
 * the module it serves is plain JSON. A content problem stops the build with the journalist-facing
 * message from `ContentError`, not a stack trace; in the dev server the browser shows the same
 * message (a page of its own, or Vite's overlay over an open page) until the file is fixed.
 */
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { ContentError } from './errors.ts';
import { loadContent } from './load.ts';
import { parseLatLon } from '../../lib/charts/mines/projection.ts';
import type { Content } from '../../lib/content/types';

const ID = 'virtual:story-content';
const RESOLVED = '\0' + ID;

/** The parts of the content, each served as its own module `virtual:story-content/<part>`. */
const PARTS = [
	'story',
	'report',
	'reportMeta',
	'events',
	'casualties',
	'mines',
	'people',
	'facts',
	'placeFacts',
	'next',
	'sections',
	'steps',
	'stepStates',
	'notes',
	'corrections'
] as const;
type Part = (typeof PARTS)[number];

/** Parts derived from others, for code that needs only a slice (left out of `content`). */
const DERIVED: readonly Part[] = ['reportMeta', 'stepStates', 'placeFacts'];

/**
 * The value of one part (`reportMeta` is the report without its paragraphs; `stepStates` maps each
 * step id to its chart state, all a live chart needs of the steps; `placeFacts` are the outside
 * facts that give a place's position or that a mine's position cites, all the map needs of them).
 */
function partValue(content: Content, part: Part): unknown {
	if (part === 'placeFacts') {
		const cited = new Set(content.mines.map((m) => m.position?.fact));
		return content.facts.filter((f) => cited.has(f.id) || parseLatLon(f.value));
	}
	if (part === 'stepStates') {
		return Object.fromEntries(content.steps.flatMap((s) => (s.state ? [[s.id, s.state]] : [])));
	}
	if (part === 'reportMeta') {
		const { paragraphs, ...meta } = content.report;
		void paragraphs;
		return meta;
	}
	return content[part];
}

/**
 * The entry module re-exports every part and `content` (all of it). Each part is a module of its
 * own, so the bundler gives a page only the parts it imports: the reading page, which imports
 * `{ events, steps, … }`, never downloads the report's text, the teacher's notes or the epilogue
 * (its prerendered HTML already holds them), even though the presenter imports `content`.
 */
export function entryModule(): string {
	return [
		...PARTS.map((part) => `import ${part} from '${ID}/${part}';`),
		`export { ${PARTS.join(', ')} };`,
		`export const content = { ${PARTS.filter((p) => !DERIVED.includes(p)).join(', ')} };`
	].join('\n');
}

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

/** Escapes text for HTML. */
function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The page `npm run dev` shows instead of the story while the content has a problem: the same
 * words as the terminal, as text. It loads Vite's client, so saving the fixed file reloads it.
 */
export function contentErrorPage(message: string, viteBase = '/'): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content problem: the story cannot be shown</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1c1e; background: #fbfaf7; }
h1 { font-size: 1.5rem; color: #a3261b; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.95rem; background: #fff; border: 1px solid #d9d4c9; border-left: 4px solid #a3261b; padding: 1rem; }
</style>
<script type="module" src="${viteBase}@vite/client"></script>
</head>
<body>
<main>
<h1>Content problem: the story cannot be shown</h1>
<pre id="content-error">${escapeHtml(message.trim())}</pre>
<p>Fix the file and save it: this page reloads by itself.</p>
</main>
</body>
</html>
`;
}

/** Is this a request for a page (what a browser's address bar asks for)? */
function isPageRequest(url: string, accept: string | undefined): boolean {
	if (!accept?.includes('text/html')) return false;
	return !/^\/(@|node_modules\/|src\/|\.svelte-kit\/)/.test(url);
}

export function storyContent(options: { root?: string } = {}): Plugin {
	let root = options.root ?? process.cwd();
	let building = false;
	/** The checked content, loaded once per build (and again after an edit, in dev). */
	let cache: ReturnType<typeof loadContent> | undefined;
	/** In dev: the content problem being shown, until an edit fixes it. */
	let problem: string | undefined;
	let server: ViteDevServer | undefined;

	/** Loads the content (dev), remembering a problem so that pages and the terminal show it. */
	const check = (): string | undefined => {
		try {
			cache ??= loadContent(path.join(root, 'content'));
			problem = undefined;
		} catch (error) {
			if (!(error instanceof ContentError)) throw error;
			if (problem !== error.message) server?.config.logger.error(`\n${error.message}`);
			problem = error.message;
		}
		return problem;
	};

	return {
		name: 'story-content',
		enforce: 'pre',
		configResolved(config) {
			root = options.root ?? config.root;
			building = config.command === 'build';
		},
		configureServer(devServer) {
			server = devServer;
			// Before SvelteKit renders a page: with a content problem, the browser shows the same
			// message as the terminal (SvelteKit would answer `{"message":"Internal Error"}`).
			devServer.middlewares.use((req, res, next) => {
				if (!isPageRequest(req.url ?? '/', req.headers.accept)) return next();
				const message = check();
				if (message === undefined) return next();
				res.statusCode = 500;
				res.setHeader('content-type', 'text/html; charset=utf-8');
				res.setHeader('cache-control', 'no-store');
				res.end(contentErrorPage(message, devServer.config.base));
			});
		},
		buildStart() {
			if (!building) return;
			// Check once, before anything is compiled, and stop with the list alone: a journalist
			// should see what to fix, not the bundler's stack trace. (The dev server shows the same
			// list in the browser instead: see configureServer and handleHotUpdate.)
			try {
				loadContent(path.join(root, 'content'));
			} catch (error) {
				if (!(error instanceof ContentError)) throw error;
				console.error(`\n${error.message}`);
				process.exit(1);
			}
		},
		resolveId(id) {
			if (id === ID) return RESOLVED;
			if (id.startsWith(ID + '/') && PARTS.includes(id.slice(ID.length + 1) as Part)) {
				return '\0' + id;
			}
			return undefined;
		},
		load(id) {
			if (id === RESOLVED) return entryModule();
			if (!id.startsWith(RESOLVED + '/')) return undefined;
			const part = id.slice(RESOLVED.length + 1) as Part;
			try {
				cache ??= loadContent(path.join(root, 'content'));
				for (const file of cache.files) this.addWatchFile(file);
				return `export default ${JSON.stringify(partValue(cache.content, part))};`;
			} catch (error) {
				throw journalistError(error);
			}
		},
		handleHotUpdate(ctx) {
			if (!ctx.file.startsWith(path.join(root, 'content'))) return undefined;
			cache = undefined;
			for (const part of PARTS) {
				const mod = ctx.server.moduleGraph.getModuleById(`${RESOLVED}/${part}`);
				if (mod) ctx.server.moduleGraph.invalidateModule(mod);
			}
			const before = problem;
			const now = check();
			if (now !== undefined) {
				// Open pages show the problem in Vite's overlay, in the terminal's words.
				ctx.server.ws.send({
					type: 'error',
					err: { message: now, stack: '', plugin: 'story-content', id: ctx.file }
				});
				return [];
			}
			if (before !== undefined) {
				// Fixed: pages showing the problem come back to the story.
				ctx.server.ws.send({ type: 'full-reload' });
				return [];
			}
			return undefined;
		}
	};
}

/**
 * Modules that the reading page uses only on the server, to prerender HTML it keeps as it is
 * (see views/StaticHtml.svelte): the story's compiled prose and the static sections.
 */
const SERVER_ONLY_VIEWS =
	/\/content\/.*\.md($|\?)|\/src\/lib\/views\/(report\/OriginalReport|notes\/SourceNotes|notes\/WhatHappenedNext)\.svelte$/;

/**
 * Marks those modules as free of side effects, so a browser bundle that names them only in
 * server-only code (`prose-html.ts`, `views/static-sections.ts`) drops them: the page keeps its
 * prerendered HTML and ships none of it as JavaScript. (Their styles live in global CSS.)
 */
export function proseIsPure(): Plugin {
	return {
		name: 'prose-is-pure',
		enforce: 'post',
		transform(code, id) {
			if (!SERVER_ONLY_VIEWS.test(id)) return undefined;
			return { code, map: null, moduleSideEffects: false };
		}
	};
}
