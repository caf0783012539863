import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';
import { storyContent } from './src/lib/content/vite-plugin';

export default defineConfig({
	plugins: [storyContent(), sveltekit()],
	server: { fs: { allow: ['content'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
