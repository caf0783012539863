/**
 * The house rules of src/ (src/README.md): small files, no import loops, and imports that run one
 * way: content, then shared and charts, then the features that use them; build-time code apart.
 * Reads the source files themselves, so a rule broken anywhere names the file that breaks it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');
const MAX_LINES = 400;

/** Every source file under src/ (`.ts`, `.svelte`, `.js`), tests included unless `withTests` is false. */
function sourceFiles(dir = SRC, withTests = true): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return sourceFiles(full, withTests);
		if (!/\.(ts|svelte|js)$/.test(name) || name.endsWith('.d.ts')) return [];
		return withTests || !/\.test\.|\.test-data\./.test(name) ? [full] : [];
	});
}

const rel = (file: string) => path.relative(ROOT, file);

/** The project files a source file imports (relative and `$lib` specifiers, type imports too). */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
	const specs = [...text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"\n]+)['"]/g)].map(
		(m) => m[1]!
	);
	return specs.flatMap((spec) => {
		let base: string;
		if (spec.startsWith('$lib/')) base = path.join(SRC, 'lib', spec.slice(5));
		else if (spec.startsWith('.')) base = path.resolve(path.dirname(file), spec);
		else return [];
		const found = ['', '.ts', '.js', '.svelte', '/index.ts']
			.map((ext) => base + ext)
			.find((p) => {
				try {
					return statSync(p).isFile();
				} catch {
					return false;
				}
			});
		return found && /\.(ts|svelte|js)$/.test(found) ? [found] : [];
	});
}

/** The strongly connected groups of more than one file (or a file importing itself). */
export function importLoops(graph: Map<string, string[]>): string[][] {
	let index = 0;
	const stack: string[] = [];
	const info = new Map<string, { index: number; low: number; onStack: boolean }>();
	const loops: string[][] = [];
	const visit = (node: string) => {
		const me = { index, low: index, onStack: true };
		index += 1;
		info.set(node, me);
		stack.push(node);
		for (const next of graph.get(node) ?? []) {
			const seen = info.get(next);
			if (!seen) {
				visit(next);
				me.low = Math.min(me.low, info.get(next)!.low);
			} else if (seen.onStack) me.low = Math.min(me.low, seen.index);
		}
		if (me.low !== me.index) return;
		const group: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			info.get(member)!.onStack = false;
			group.push(member);
		} while (member !== node);
		if (group.length > 1 || graph.get(node)?.includes(node)) loops.push(group.sort());
	};
	for (const node of graph.keys()) if (!info.has(node)) visit(node);
	return loops;
}

/** What each part of src/ may import besides itself ("*" = anything in src/lib). */
const MAY_IMPORT: [prefix: string, allowed: string[]][] = [
	['src/lib/content/', []],
	['src/lib/shared/', []],
	['src/lib/charts/', ['src/lib/content/', 'src/lib/shared/']],
	['src/lib/', ['src/lib/']],
	['src/routes/', ['src/lib/', 'src/routes/']],
	['src/build/', ['src/lib/', 'src/build/']]
];

/** Imports that break the one-way rule, as "importer -> imported". */
export function crossedLayers(graph: Map<string, string[]>): string[] {
	return [...graph].flatMap(([file, targets]) => {
		const from = rel(file);
		const rule = MAY_IMPORT.find(([prefix]) => from.startsWith(prefix));
		if (!rule) return [];
		const [own, allowed] = rule;
		return targets
			.map(rel)
			.filter((to) => !to.startsWith(own) && !allowed.some((a) => to.startsWith(a)))
			.map((to) => `${from} -> ${to}`);
	});
}

const graph = new Map(sourceFiles(SRC, false).map((f) => [f, importsOf(f)]));

describe('the house rules of src/', () => {
	it(`has no source file over ${MAX_LINES} lines (split it by what it does)`, () => {
		const long = sourceFiles()
			.map((f) => [rel(f), readFileSync(f, 'utf8').split('\n').length - 1] as const)
			.filter(([, lines]) => lines > MAX_LINES)
			.map(([f, lines]) => `${f}: ${lines} lines`);
		expect(long).toEqual([]);
	});

	it('has no import loop', () => {
		expect(importLoops(graph).map((loop) => loop.map(rel).join(' <-> '))).toEqual([]);
	});

	it('imports one way: content and shared import no feature, charts only those two, the browser no build code', () => {
		expect(crossedLayers(graph)).toEqual([]);
	});

	it('keeps charts out of content: nothing in src/lib/content imports src/lib/charts', () => {
		const intoCharts = [...graph]
			.filter(([file]) => rel(file).startsWith('src/lib/content/'))
			.flatMap(([file, targets]) =>
				targets
					.filter((t) => rel(t).startsWith('src/lib/charts/'))
					.map((t) => `${rel(file)} -> ${rel(t)}`)
			);
		expect(intoCharts).toEqual([]);
	});
});

describe('the checks themselves', () => {
	const a = path.join(SRC, 'lib/content/a.ts');
	const b = path.join(SRC, 'lib/content/b.ts');
	const c = path.join(SRC, 'lib/charts/c.ts');

	it('find a loop of two files, and none in a chain', () => {
		expect(
			importLoops(
				new Map([
					[a, [b]],
					[b, [a]]
				])
			)
		).toEqual([[a, b]]);
		expect(
			importLoops(
				new Map([
					[a, [b]],
					[b, [c]],
					[c, []]
				])
			)
		).toEqual([]);
	});

	it('name an import from content into charts, and allow charts to import content', () => {
		expect(crossedLayers(new Map([[a, [c]]]))).toEqual([
			'src/lib/content/a.ts -> src/lib/charts/c.ts'
		]);
		expect(crossedLayers(new Map([[c, [a]]]))).toEqual([]);
	});

	it('read relative, $lib and type imports', () => {
		const file = path.join(SRC, 'lib/story/story.ts');
		const found = importsOf(
			file,
			"import type { X } from '$lib/content/types';\nimport { y } from './section';"
		).map(rel);
		expect(found).toEqual(['src/lib/content/types.ts', 'src/lib/story/section.ts']);
	});
});
