import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { proseIsPure, storyContent } from './src/lib/content/vite-plugin.ts';
import { minesMap } from './src/lib/charts/mines/map-plugin.ts';
import { buildTimeOnly } from './src/lib/views/build-time-only.ts';
import { pageScripts } from './src/lib/story-script/vite-plugin.ts';

/** Run only by the prerender; stubs in the browser (the offline copy draws its tables itself). */
const buildTime = buildTimeOnly(
	[
		'src/lib/content/prose-html.ts',
		'src/lib/views/static-sections.ts',
		'src/lib/views/chart-html.ts',
		'src/lib/charts/tables.ts'
	],
	process.env.OFFLINE === '1' ? ['src/lib/charts/tables.ts'] : []
);

export default defineConfig({
	plugins: [buildTime, storyContent(), minesMap(), sveltekit(), proseIsPure(), pageScripts()],
	server: { fs: { allow: ['content'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
