import { describe, expect, it } from 'vitest';
import { scriptTags } from './tags';

describe('scriptTags', () => {
	const files = { entry: '_app/immutable/chunks/e.js', preload: ['_app/immutable/chunks/a.js'] };

	it('names the entry as a module script under the site root, its imports preloaded first', () => {
		expect(scriptTags(files, '/news/kg/')).toBe(
			'<link rel="modulepreload" href="/news/kg/_app/immutable/chunks/a.js" fetchpriority="low">' +
				'<script type="module" src="/news/kg/_app/immutable/chunks/e.js" fetchpriority="low"></script>'
		);
	});

	it('keeps a path that is already absolute (the source module in vite dev)', () => {
		expect(scriptTags({ entry: '/src/lib/story-script/entry.ts', preload: [] }, '/')).toBe(
			'<script type="module" src="/src/lib/story-script/entry.ts" fetchpriority="low"></script>'
		);
	});

	it('writes nothing without files (the offline copy)', () => {
		expect(scriptTags(undefined, '/')).toBe('');
	});
});
