import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { proseIsPure, storyContent } from './src/lib/content/vite-plugin.ts';
import { minesMap } from './src/lib/charts/mines/map-plugin.ts';
import { embedCopies } from './src/lib/embed/vite-plugin.ts';

export default defineConfig({
	plugins: [embedCopies(), storyContent(), minesMap(), sveltekit(), proseIsPure()],
	server: { fs: { allow: ['content'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
