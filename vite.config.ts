import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { proseIsPure, storyContent } from './src/lib/content/vite-plugin';
import { minesMap } from './src/lib/charts/mines/map-plugin';
import { embedCopies } from './src/lib/embed/vite-plugin';

export default defineConfig({
	plugins: [embedCopies(), storyContent(), minesMap(), sveltekit(), proseIsPure()],
	server: { fs: { allow: ['content'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
