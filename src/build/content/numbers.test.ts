import { describe, expect, it } from 'vitest';
import { canonicalNumber, findNumbers, numbersIn, prepareProse } from './numbers';

describe('findNumbers', () => {
	it('finds numbers with their lines, in canonical form', () => {
		expect(findNumbers('686 wounded\n6 October 2020, 42.875 N and 78.200 E')).toEqual([
			{ written: '686', value: '686', line: 1 },
			{ written: '6', value: '6', line: 2 },
			{ written: '2020', value: '2020', line: 2 },
			{ written: '42.875', value: '42.875', line: 2 },
			{ written: '78.200', value: '78.2', line: 2 }
		]);
	});

	it('reads 1,000 as one number but "4,5" as two', () => {
		expect(findNumbers('1,000 people').map((n) => n.value)).toEqual(['1000']);
		expect(findNumbers('days 4,5').map((n) => n.value)).toEqual(['4', '5']);
	});

	it('splits dates into their parts', () => {
		expect(findNumbers('2020-10-06').map((n) => n.value)).toEqual(['2020', '10', '6']);
	});
});

describe('canonicalNumber', () => {
	it('drops leading zeros and trailing decimal zeros', () => {
		expect(canonicalNumber('06')).toBe('6');
		expect(canonicalNumber('78.200')).toBe('78.2');
	});
});

describe('numbersIn', () => {
	it('collects the numbers of several texts', () => {
		expect([...numbersIn(['past 15 years', 'UTC+6'])].sort()).toEqual(['15', '6']);
	});
});

describe('prepareProse', () => {
	it('blanks link targets, tags and comments but keeps line numbers', () => {
		const { text, references } = prepareProse(
			'See [the report](#p-22) and paragraph 4.\n<Figure width={320} />\n<!-- 99 -->\n686 wounded'
		);
		expect(findNumbers(text)).toEqual([{ written: '686', value: '686', line: 4 }]);
		expect(references).toEqual([
			{ paragraph: 22, line: 1 },
			{ paragraph: 4, line: 1 }
		]);
	});
});
