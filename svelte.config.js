import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { remarkPeople } from './src/lib/content/remark-people.js';

/**
 * BASE_PATH lets a newsroom host the build under a sub-path (for example /graphics/kyrgyzstan).
 * It must start with a slash and must not end with one; empty means the site root.
 */
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (base && !base.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${process.env.BASE_PATH}")`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [
		vitePreprocess(),
		mdsvex({
			extensions: ['.md'],
			remarkPlugins: [[remarkPeople, { contentDir: 'content' }]]
		})
	],
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		paths: { base, relative: false },
		alias: {
			$content: 'content'
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		},
		// Content-Security-Policy on every page, as a <meta> tag (static hosting): nothing from any
		// other origin, and no inline script but SvelteKit's own, allowed by hash. Style attributes
		// ('style-src-attr') are allowed inline because the prerendered charts size and colour their
		// marks with them (Svelte writes `style:` directives and `style="..."` as attributes);
		// <style> elements stay restricted to our own files. frame-ancestors cannot be set in a
		// <meta> tag: the README's Deploy section gives the header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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

export default config;
