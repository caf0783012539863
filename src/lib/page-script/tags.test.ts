import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_TAB_DELAY_MS } from './page-loader.js';
import { scriptTags } from './tags';

const files = { entry: '_app/immutable/chunks/e.js', preload: ['_app/immutable/chunks/a.js'] };

/** The data block's files and the loader's code, out of the tags. */
function parse(tags: string): { data: unknown; loader: string } {
	const match =
		/^<script type="application\/json" data-page-files>(.*)<\/script><script>(.*)<\/script>$/s.exec(
			tags
		);
	if (!match) throw new Error(`not a data block and a loader: ${tags}`);
	return { data: JSON.parse(match[1]!), loader: match[2]! };
}

/**
 * Runs the loader against a fake document and frame clock (timers are vitest's); returns what it
 * asked for, in order, and the hooks that move the page on: the document parsed, a frame drawn.
 */
function runLoader(tags: string, readyState: 'loading' | 'interactive') {
	const { data, loader } = parse(tags);
	const requested: string[] = [];
	let parsed: (() => void) | undefined;
	const frames: (() => void)[] = [];
	const document = {
		readyState,
		querySelector: (selector: string) =>
			selector === 'script[data-page-files]' ? { textContent: JSON.stringify(data) } : null,
		createElement: () => ({}),
		head: { append: (l: { rel: string; href: string }) => requested.push(`${l.rel} ${l.href}`) }
	};
	const run = new Function(
		'document',
		'addEventListener',
		'requestAnimationFrame',
		'setTimeout',
		'importModule',
		loader.replace('import(', 'importModule(')
	);
	run(
		document,
		(_type: string, listener: () => void) => (parsed = listener),
		(frame: () => void) => frames.push(frame),
		setTimeout,
		(url: string) => requested.push(`import ${url}`)
	);
	return { requested, parsed: () => parsed?.(), frame: () => frames.shift()?.() };
}

describe('scriptTags', () => {
	afterEach(() => vi.useRealTimers());

	it('names the entry and its imports under the site root', () => {
		expect(parse(scriptTags(files, '/news/kg/')).data).toEqual({
			entry: '/news/kg/_app/immutable/chunks/e.js',
			preload: ['/news/kg/_app/immutable/chunks/a.js']
		});
	});

	it('requests nothing until the document is parsed and a frame has been drawn', () => {
		vi.useFakeTimers();
		const page = runLoader(scriptTags(files, '/'), 'loading');
		vi.advanceTimersByTime(10);
		expect(page.requested).toEqual([]);
		page.parsed();
		vi.advanceTimersByTime(10);
		expect(page.requested, 'before the first frame').toEqual([]);
		page.frame();
		vi.advanceTimersByTime(0);
		expect(page.requested).toEqual([
			'modulepreload /_app/immutable/chunks/a.js',
			'import /_app/immutable/chunks/e.js'
		]);
		vi.advanceTimersByTime(HIDDEN_TAB_DELAY_MS);
		expect(page.requested, 'only once').toHaveLength(2);
	});

	it('loads in a tab that draws no frame (a background tab) after a delay', () => {
		vi.useFakeTimers();
		const page = runLoader(scriptTags(files, '/'), 'interactive');
		vi.advanceTimersByTime(HIDDEN_TAB_DELAY_MS - 1);
		expect(page.requested).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(page.requested).toContain('import /_app/immutable/chunks/e.js');
	});

	it('is the same loader on every page, whatever it loads (the CSP allows it by one hash)', () => {
		const other = { entry: '_app/immutable/chunks/x.js', preload: [] };
		expect(parse(scriptTags(files, '/')).loader).toBe(parse(scriptTags(other, '/g/')).loader);
	});

	it('keeps a path that is already absolute (the source module in vite dev)', () => {
		const dev = { entry: '/src/lib/story/entry.ts', preload: [] };
		expect(parse(scriptTags(dev, '/')).data).toEqual({ ...dev });
	});

	it('cannot be closed early by a file name', () => {
		const tags = scriptTags({ entry: '</script><b>', preload: [] }, '/');
		expect(parse(tags).data).toEqual({ entry: '/</script><b>', preload: [] });
	});

	it('writes nothing without files (the offline copy)', () => {
		expect(scriptTags(undefined, '/')).toBe('');
	});
});
