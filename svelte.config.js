import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { createHash } from 'node:crypto';
import { remarkPeople } from './src/build/content/remark-people.js';
import { PAGE_LOADER } from './src/lib/page-script/page-loader.js';

/**
 * BASE_PATH lets a newsroom host the build under a sub-path (for example /graphics/kyrgyzstan).
 * It must start with a slash and must not end with one; empty means the site root.
 */
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (base && !base.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${process.env.BASE_PATH}")`);
}

/**
 * OFFLINE=1 (`npm run build:offline`) builds the classroom copy instead: one self-contained HTML
 * file, build-offline/index.html, that works opened from disk with no network. It routes by the
 * hash (`index.html#/present/`), inlines every script and style, and has no prerendered HTML (the
 * hash router takes no page options, so the `.ts` route files, which hold only page options and
 * server loads, are left out of that build). The normal build is unchanged.
 */
const offline = process.env.OFFLINE === '1';
// Tells the app which build it is in (src/lib/site/site.ts reads import.meta.env).
if (offline) process.env.VITE_OFFLINE = '1';

/** Settings of the offline build only (see above). */
const offlineKit = {
	// The hash router writes the app's one page as index.html (no other page, no fallback).
	adapter: adapter({ pages: 'build-offline', assets: 'build-offline', strict: false }),
	// Absolute and empty: links resolve to `#/…` on the file itself (a relative base would point
	// at the folder the file is in).
	paths: { base: '', relative: false },
	router: { type: /** @type {const} */ ('hash') },
	output: { bundleStrategy: /** @type {const} */ ('inline') },
	moduleExtensions: ['.js'],
	// Its own working folder, so building it never disturbs the normal build (or a running preview).
	outDir: '.svelte-kit/offline'
};

/** The CSP source that allows the pages' script loader (a fixed text, so a fixed hash). */
const pageLoaderHash = /** @type {`sha256-${string}`} */ (
	`sha256-${createHash('sha256').update(PAGE_LOADER).digest('base64')}`
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.md'],
			// Names link to their card on the story page, `<base>/#person-<id>`, which the presenter
			// view's slides need too (see remark-people.js); the offline copy keeps in-page links.
			remarkPlugins: [
				[remarkPeople, { contentDir: 'content', storyPage: offline ? '' : `${base}/` }]
			]
		})
	],
	compilerOptions: {
		// Scoped-style class names from the file's name: the same in the server and client builds.
		cssHash: ({ hash, filename }) => `svelte-${hash(filename)}`,
		// Charts' nodes made with createElement, not by parsing HTML templates: a chart built off the
		// page in layers (charts/shared/live-start.ts) parses no template on the way, and the
		// islands came out no larger (the mines map's a little smaller).
		fragments: 'tree'
	},
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		paths: { base, relative: false },
		alias: {
			$content: 'content'
		},
		// The story's stylesheets (each under 16 KB, about 8 KB gzipped in all) go inline in the
		// page's <head>: a linked stylesheet blocks the first paint for one more round trip, which
		// on a slow mobile network costs more than the bytes (Lighthouse: ~180 ms). The CSP allows
		// each inline <style> by its hash.
		inlineStyleThreshold: 16 * 1024,
		prerender: {
			// Every page the crawl finds, and the hosts' `_headers` file, which no page links to.
			entries: ['*', '/_headers'],
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// Content-Security-Policy on every page, as a <meta> tag (static hosting): nothing from any
		// other origin, and no inline script but SvelteKit's own and the loader of the pages' own
		// scripts (page-script/page-loader.js, the same text on every page), each allowed by its
		// hash. Style attributes ('style-src-attr') are allowed inline because the prerendered
		// charts size and colour their marks with them (Svelte writes `style:` directives and
		// `style="..."` as attributes); <style> elements stay restricted to our own files.
		// frame-ancestors cannot be set in a <meta> tag: src/docs/newsrooms.md gives the header,
		// and the build's _headers file sets it.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', pageLoaderHash],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

if (offline) {
	// The file has no origin to trust: nothing but its own inline code, styles and data: images
	// (the favicon), and no network at all.
	config.kit = {
		...config.kit,
		...offlineKit,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['data:'],
				'base-uri': ['none'],
				'form-action': ['none']
			}
		}
	};
}

export default config;
