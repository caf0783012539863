/**
 * Which built files are each chart's island: the chart's chunk and the chunks it imports that the
 * story page does not, read from the client build's Vite manifest and the story's prerendered
 * HTML. A file the story page imports statically is the page's, not the chart's. (Embed pages
 * import their chart statically, so the d3 modules it shares with them are still island code on
 * the story.) Used by the budget test (each chart within its own
 * budget, the page's first load without them) and by the island tests (to block a chart's chunk).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ManifestChunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
	isEntry?: boolean;
	isDynamicEntry?: boolean;
}

export type ChartName = 'timeline' | 'casualties' | 'mines';
const CHART_MODULES: Record<ChartName, string> = {
	timeline: 'src/lib/charts/timeline/TimelineChart.svelte',
	casualties: 'src/lib/charts/casualties/CasualtiesChart.svelte',
	mines: 'src/lib/charts/mines/MinesChart.svelte'
};

/** The build's client manifest (`npm run build` writes it under .svelte-kit/output/client). */
function manifest(root: string): Record<string, ManifestChunk> {
	const file = path.join(root, '.svelte-kit/output/client/.vite/manifest.json');
	return JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
}

function closure(m: Record<string, ManifestChunk>, key: string, into = new Set<string>()) {
	if (into.has(key) || !m[key]) return into;
	into.add(key);
	for (const dep of m[key].imports ?? []) closure(m, dep, into);
	return into;
}

/** Each chart's own chunk (the file its `import()` loads first), under the site root. */
export function chartEntries(root = process.cwd()): Record<ChartName, string> {
	const m = manifest(root);
	const out = {} as Record<ChartName, string>;
	for (const [name, key] of Object.entries(CHART_MODULES) as [ChartName, string][]) {
		if (!m[key]) throw new Error(`${key} is not a chunk of its own in the client manifest`);
		out[name] = m[key].file;
	}
	return out;
}

/** The story's live-chart module: Svelte's runtime and the steps' states come with it. */
const LIVE_MODULE = 'src/lib/islands/live-chart.svelte.ts';

/**
 * What the first chart island brings for all of them (paths under the site root): the live-chart
 * module and its static imports that the story page does not load, Svelte's runtime among them.
 * The story page is not hydrated, so the runtime comes with the islands, once.
 */
export function islandRuntime(root = process.cwd()): string[] {
	const m = manifest(root);
	if (!m[LIVE_MODULE])
		throw new Error(`${LIVE_MODULE} is not a chunk of its own in the client manifest`);
	const page = storyPageFiles(root, m);
	return [...closure(m, LIVE_MODULE)].filter((k) => !page.has(k)).map((k) => m[k]!.file);
}

/**
 * For each chart, the files (paths under the site root, e.g. `_app/immutable/chunks/x.js`) that
 * loading it adds to the story: its chunk and its static imports that neither the story page nor
 * the islands' shared runtime (`islandRuntime`) loads.
 */
export function chartChunks(root = process.cwd()): Record<ChartName, string[]> {
	const m = manifest(root);
	const page = storyPageFiles(root, m);
	const shared = closure(m, LIVE_MODULE);
	const out = {} as Record<ChartName, string[]>;
	for (const [name, key] of Object.entries(CHART_MODULES) as [ChartName, string][]) {
		if (!m[key]) throw new Error(`${key} is not a chunk of its own in the client manifest`);
		out[name] = [...closure(m, key)]
			.filter((k) => !page.has(k) && !shared.has(k))
			.map((k) => m[k]!.file);
	}
	return out;
}

/**
 * The manifest keys of everything the story page loads statically: the scripts its prerendered
 * HTML names (`build/index.html`: its own script and the modules it preloads), with their static
 * imports.
 */
function storyPageFiles(root: string, m: Record<string, ManifestChunk>): Set<string> {
	const html = readFileSync(path.join(root, 'build/index.html'), 'utf8');
	const named = new Set(html.match(/_app\/immutable\/[\w/.-]+\.js/g) ?? []);
	if (!named.size) {
		throw new Error(
			'build/index.html names no script: is build/ the story built by npm run build?'
		);
	}
	const page = new Set<string>();
	for (const [key, chunk] of Object.entries(m)) {
		if (named.has(chunk.file)) closure(m, key, page);
	}
	return page;
}

/** The person dialog's island (the story page loads it on the first click on a name). */
export function personDialogChunk(root = process.cwd()): string {
	const key = 'src/lib/people/mount-person-dialog.ts';
	const chunk = manifest(root)[key];
	if (!chunk) throw new Error(`${key} is not a chunk of its own in the client manifest`);
	return chunk.file;
}
