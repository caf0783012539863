import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('csvField (RFC 4180)', () => {
	it('leaves plain text alone', () => {
		expect(csvField('Jeruy')).toBe('Jeruy');
		expect(csvField('Kyrgyzstan’s “White House”')).toBe('Kyrgyzstan’s “White House”');
		expect(csvField('')).toBe('');
	});
	it('quotes fields with commas, quotes, CR or LF and doubles inner quotes', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "no"')).toBe('"say ""no"""');
		expect(csvField('one\ntwo')).toBe('"one\ntwo"');
		expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
		expect(csvField('"')).toBe('""""');
	});
});

describe('toCsv', () => {
	it('ends every record, the last too, with CRLF', () => {
		expect(toCsv(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
	});
	it('refuses a row of the wrong length', () => {
		expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 fields/);
	});
	it('survives a round trip through a real CSV parser, whatever the fields hold', () => {
		const header = ['plain', 'comma', 'quote', 'lines', 'edge'];
		const rows = [
			['x', 'a, b', 'he said "go"', 'line 1\nline 2', ''],
			['', ',', '"', 'a\r\nb\rc', ' spaced '],
			['“curly”', '1,5', '""', '\n', '=1+1']
		];
		const parsed = Papa.parse<string[]>(toCsv(header, rows), { newline: '\r\n' });
		expect(parsed.errors).toEqual([]);
		// The trailing CRLF yields one empty last line, which is not a record.
		expect(parsed.data.slice(0, -1)).toEqual([header, ...rows]);
		expect(parsed.data.at(-1)).toEqual(['']);
	});
});
