import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/content/load';
import { citationText, sourcesLabel } from '$lib/content/citation';
import type { Content } from '$lib/content/types';
import {
	DATASET_NAMES,
	datasetCsv,
	datasetJson,
	datasets,
	entriesFromRecords,
	type DatasetName
} from './datasets';

const content: Content = loadContent(path.resolve('content')).content;

function parseCsv(text: string) {
	return Papa.parse<Record<string, string>>(text, {
		header: true,
		newline: '\r\n',
		// The file ends with CRLF (RFC 4180 allows it); that last empty line is not a record.
		skipEmptyLines: true
	});
}

/** The real content with fields made as hostile to CSV as text can be. */
function hostile(c: Content): Content {
	const nasty = (s: string) => `${s}, "quoted"\r\nsecond line\nthird, too`;
	return {
		...c,
		events: c.events.map((e) => ({ ...e, title: nasty(e.title), quote: nasty(e.quote) })),
		casualties: c.casualties.map((e) => ({ ...e, reportedBy: nasty(e.reportedBy) })),
		mines: c.mines.map((e) => ({ ...e, happened: nasty(e.happened) })),
		people: c.people.map((e) => ({ ...e, role: nasty(e.role) })),
		next: c.next.map((e) => ({ ...e, text: nasty(e.text) })),
		facts: c.facts.map((e) => ({
			...e,
			value: nasty(e.value),
			citations: e.citations.map((citation) => ({ ...citation, outlet: nasty(citation.outlet) })),
			source: sourcesLabel(
				e.citations.map((citation) => ({ ...citation, outlet: nasty(citation.outlet) }))
			)
		}))
	};
}

describe.each(DATASET_NAMES.map((name) => [name]))('%s download', (name: DatasetName) => {
	it('has one CSV row per entry, with the documented header', () => {
		const csv = datasetCsv(content, name);
		const parsed = parseCsv(csv);
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields).toEqual(datasets[name].columns.map((c) => c.name));
		expect(parsed.data).toHaveLength(content[name].length);
		expect(content[name].length).toBeGreaterThan(0);
	});

	it('uses CRLF between records and never a bare LF outside quotes', () => {
		const csv = datasetCsv(content, name);
		expect(csv.endsWith('\r\n')).toBe(true);
		const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
		expect(outsideQuotes).not.toMatch(/[^\r]\n/);
	});

	it('parses back to exactly the same data (papaparse)', () => {
		const parsed = parseCsv(datasetCsv(content, name));
		expect(entriesFromRecords(name, parsed.data)).toEqual(content[name]);
	});

	it('keeps commas, quotes and line breaks inside fields through the round trip', () => {
		const tricky = hostile(content);
		const parsed = parseCsv(datasetCsv(tricky, name));
		expect(parsed.errors).toEqual([]);
		expect(entriesFromRecords(name, parsed.data)).toEqual(tricky[name]);
	});

	it('JSON is the entries as the story holds them', () => {
		expect(JSON.parse(datasetJson(content, name))).toEqual(content[name]);
	});
});

describe('columns', () => {
	it('are documented and unique in every data set', () => {
		for (const name of DATASET_NAMES) {
			const names = datasets[name].columns.map((c) => c.name);
			expect(new Set(names).size).toBe(names.length);
			for (const column of datasets[name].columns) expect(column.about.length).toBeGreaterThan(5);
		}
	});
	it('write an unplaced mine with empty position fields', () => {
		const unplaced = content.mines.find((m) => m.position === null);
		expect(unplaced, 'the report names mines nobody places').toBeDefined();
		const row = parseCsv(datasetCsv(content, 'mines')).data.find((r) => r.id === unplaced?.id);
		expect([row?.lat, row?.lon, row?.position_approximate, row?.position_fact]).toEqual([
			'',
			'',
			'',
			''
		]);
	});
});

describe('sources in the downloads', () => {
	it('give every citation of every outside fact and later event in full', () => {
		for (const name of ['facts', 'next'] as const) {
			const rows = parseCsv(datasetCsv(content, name)).data;
			for (const entry of content[name]) {
				const sources = rows.find((r) => r.id === entry.id)?.sources ?? '';
				expect(sources.split('\n')).toEqual(entry.citations.map(citationText));
			}
		}
	});

	it('read as a standards desk would write them: outlet, title, date, republisher, address', () => {
		const row = parseCsv(datasetCsv(content, 'next')).data.find(
			(r) => r.id === 'jeenbekov-resigns'
		);
		expect(row?.sources?.split('\n')[0]).toBe(
			'Reuters, “Kyrgyzstan president Jeenbekov resigns after unrest”, 15 October 2020, republished by National Post <https://nationalpost.com/pmn/news-pmn/kyrgyzstan-president-jeenbekov-resigns-after-unrest>'
		);
		const timezone = parseCsv(datasetCsv(content, 'facts')).data.find((r) => r.id === 'timezone');
		expect(timezone?.sources).toBe(
			'IANA time zone database, “Asia/Bishkek” (reference work; the database’s file “asia”, zone Asia/Bishkek, for Kyrgyzstan) <https://data.iana.org/time-zones/tzdb/asia>'
		);
	});
});
