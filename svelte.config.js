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
		}
	}
};

export default config;
