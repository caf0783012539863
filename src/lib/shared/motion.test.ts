import { describe, expect, it } from 'vitest';
import { duration, instantly, MOTION_MS } from './motion';

describe('motion tokens', () => {
	it('gives the token durations normally', () => {
		expect(duration('short')).toBe(MOTION_MS.short);
		expect(duration('long')).toBe(MOTION_MS.long);
	});

	it('makes every duration 0 while an instant change is applied, and only then', async () => {
		let inside = -1;
		const done = instantly(() => (inside = duration('long')));
		expect(inside).toBe(0);
		expect(duration('short')).toBe(0);
		await done;
		expect(duration('long')).toBe(MOTION_MS.long);
	});

	it('recovers when the change throws', async () => {
		await expect(
			instantly(() => {
				throw new Error('bad change');
			})
		).rejects.toThrow('bad change');
		expect(duration('long')).toBe(MOTION_MS.long);
	});
});
