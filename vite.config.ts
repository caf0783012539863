import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { proseIsPure, storyContent } from './src/build/content/vite-plugin.ts';
import { minesMap } from './src/build/mines-map/map-plugin.ts';
import { buildTimeOnly } from './src/build/build-time-only.ts';
import { pageScripts } from './src/build/page-scripts.ts';

/** Run only by the prerender; stubs in the browser (the offline copy draws its tables itself). */
const buildTime = buildTimeOnly(
	[
		'src/lib/content/prose-html.ts',
		'src/lib/story/static-sections.ts',
		'src/lib/islands/chart-html.ts',
		'src/lib/charts/tables.ts'
	],
	process.env.OFFLINE === '1' ? ['src/lib/charts/tables.ts'] : []
);

export default defineConfig({
	plugins: [buildTime, storyContent(), minesMap(), sveltekit(), proseIsPure(), pageScripts()],
	server: { fs: { allow: ['content'] } },
	// The bundler's timing report names SvelteKit's prerender (most of a build) on every run:
	// nothing to act on, so the build prints none.
	build: { rolldownOptions: { checks: { pluginTimings: false } } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
