import { describe, expect, it } from 'vitest';
import {
	actionForKey,
	hashForSlide,
	indexAfter,
	slideFromHash,
	swipeAction,
	type SlideAction
} from './controls';

describe('actionForKey', () => {
	const cases: [string, SlideAction][] = [
		['ArrowRight', 'next'],
		['ArrowDown', 'next'],
		['PageDown', 'next'],
		[' ', 'next'],
		['ArrowLeft', 'previous'],
		['ArrowUp', 'previous'],
		['PageUp', 'previous'],
		['Home', 'first'],
		['End', 'last'],
		['f', 'fullscreen'],
		['F', 'fullscreen'],
		['n', 'notes'],
		['N', 'notes'],
		['Escape', 'escape']
	];
	it.each(cases)('%j → %s', (key, action) => {
		expect(actionForKey({ key })).toBe(action);
	});

	it('goes back on Shift+Space', () => {
		expect(actionForKey({ key: ' ', shiftKey: true })).toBe('previous');
	});

	it('leaves other keys and browser shortcuts alone', () => {
		expect(actionForKey({ key: 'a' })).toBeNull();
		expect(actionForKey({ key: 'Tab' })).toBeNull();
		expect(actionForKey({ key: 'Enter' })).toBeNull();
		expect(actionForKey({ key: 'p', ctrlKey: true })).toBeNull();
		expect(actionForKey({ key: 'f', ctrlKey: true })).toBeNull();
		expect(actionForKey({ key: 'ArrowLeft', altKey: true })).toBeNull();
		expect(actionForKey({ key: 'n', metaKey: true })).toBeNull();
	});
});

describe('indexAfter', () => {
	it('steps and jumps within the slides, never past either end', () => {
		expect(indexAfter('next', 0, 5)).toBe(1);
		expect(indexAfter('next', 4, 5)).toBe(4);
		expect(indexAfter('previous', 0, 5)).toBe(0);
		expect(indexAfter('previous', 3, 5)).toBe(2);
		expect(indexAfter('first', 3, 5)).toBe(0);
		expect(indexAfter('last', 1, 5)).toBe(4);
		expect(indexAfter('notes', 2, 5)).toBe(2);
	});
});

describe('swipeAction', () => {
	it('reads a leftward swipe as next and a rightward one as previous', () => {
		expect(swipeAction({ x: 300, y: 400 }, { x: 180, y: 420 })).toBe('next');
		expect(swipeAction({ x: 100, y: 400 }, { x: 220, y: 380 })).toBe('previous');
	});

	it('ignores taps, short drags and vertical scrolls', () => {
		expect(swipeAction({ x: 100, y: 100 }, { x: 102, y: 101 })).toBeNull();
		expect(swipeAction({ x: 100, y: 100 }, { x: 60, y: 100 })).toBeNull();
		expect(swipeAction({ x: 100, y: 100 }, { x: 40, y: 300 })).toBeNull();
	});
});

describe('the slide in the address', () => {
	const ids = ['three-days', 'storming', 'mines-all'];

	it('reads #<step id> (normal build) and #/present/#<step id> (offline build)', () => {
		expect(slideFromHash('#storming', ids)).toBe('storming');
		expect(slideFromHash('#/present/#storming', ids)).toBe('storming');
		expect(slideFromHash('#/present/#mines-all', ids)).toBe('mines-all');
	});

	it('names no slide for an empty, unknown or malformed hash', () => {
		expect(slideFromHash('', ids)).toBeNull();
		expect(slideFromHash('#', ids)).toBeNull();
		expect(slideFromHash('#no-such-step', ids)).toBeNull();
		expect(slideFromHash('#/present/', ids)).toBeNull();
		expect(slideFromHash('#/present/#nope', ids)).toBeNull();
		expect(slideFromHash('#%E0%A4%A', ids)).toBeNull();
	});

	it('writes the slide after the route when there is one', () => {
		expect(hashForSlide('', 'storming')).toBe('#storming');
		expect(hashForSlide('#three-days', 'storming')).toBe('#storming');
		expect(hashForSlide('#/present/', 'storming')).toBe('#/present/#storming');
		expect(hashForSlide('#/present/#three-days', 'storming')).toBe('#/present/#storming');
	});
});
