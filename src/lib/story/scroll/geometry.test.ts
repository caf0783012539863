import { describe, expect, it } from 'vitest';
import { progressThrough, stepAtTrigger, stepFromHash } from './geometry';

const boxes = [
	{ top: 100, bottom: 500 },
	{ top: 600, bottom: 1000 },
	{ top: 1100, bottom: 1500 }
];

describe('stepAtTrigger', () => {
	it('is -1 before the first step reaches the line', () => {
		expect(stepAtTrigger(boxes, 50, 1600)).toBe(-1);
	});
	it('picks the step whose top passed the line', () => {
		expect(stepAtTrigger(boxes, 100, 1600)).toBe(0);
		expect(stepAtTrigger(boxes, 700, 1600)).toBe(1);
	});
	it('keeps the previous step in the gap between two steps', () => {
		expect(stepAtTrigger(boxes, 550, 1600)).toBe(0);
	});
	it('is -1 once the line has left the container', () => {
		expect(stepAtTrigger(boxes, 1600, 1600)).toBe(-1);
		expect(stepAtTrigger(boxes, 1550, 1600)).toBe(2);
	});
});

describe('progressThrough', () => {
	it('runs from 0 at the top to 1 at the bottom, clamped', () => {
		expect(progressThrough({ top: 100, bottom: 500 }, 100)).toBe(0);
		expect(progressThrough({ top: 100, bottom: 500 }, 300)).toBe(0.5);
		expect(progressThrough({ top: 100, bottom: 500 }, 900)).toBe(1);
		expect(progressThrough({ top: 100, bottom: 500 }, 0)).toBe(0);
	});
});

describe('stepFromHash', () => {
	const ids = ['monday', 'three-days'];
	it('returns a known id', () => {
		expect(stepFromHash('#monday', ids)).toBe('monday');
		expect(stepFromHash('#three-days', ids)).toBe('three-days');
	});
	it('ignores unknown, empty and malformed hashes', () => {
		expect(stepFromHash('', ids)).toBeNull();
		expect(stepFromHash('#', ids)).toBeNull();
		expect(stepFromHash('#tuesday', ids)).toBeNull();
		expect(stepFromHash('#%E0%A4%A', ids)).toBeNull();
		expect(stepFromHash('#<script>', ids)).toBeNull();
		expect(stepFromHash('monday', ids)).toBeNull();
	});
});
