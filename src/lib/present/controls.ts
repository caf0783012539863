/** The presenter's keys, swipes and address, as pure functions. */
import { stepFromHash } from '$lib/story/scroll/geometry';

export type SlideAction =
	'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'notes' | 'escape';

export interface KeyInput {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

/** Clickers send PageDown/PageUp; keys held with Ctrl, Alt or Cmd are the browser's (Ctrl+P). */
export function actionForKey(input: KeyInput): SlideAction | null {
	if (input.ctrlKey || input.metaKey || input.altKey) return null;
	switch (input.key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return 'next';
		case ' ':
		case 'Spacebar':
			return input.shiftKey ? 'previous' : 'next';
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
			return 'previous';
		case 'Home':
			return 'first';
		case 'End':
			return 'last';
		case 'f':
		case 'F':
			return 'fullscreen';
		case 'n':
		case 'N':
			return 'notes';
		case 'Escape':
		case 'Esc':
			return 'escape';
		default:
			return null;
	}
}

/** Clamped, no wrapping. */
export function indexAfter(action: SlideAction, index: number, count: number): number {
	const last = Math.max(0, count - 1);
	switch (action) {
		case 'next':
			return Math.min(last, index + 1);
		case 'previous':
			return Math.max(0, index - 1);
		case 'first':
			return 0;
		case 'last':
			return last;
		default:
			return index;
	}
}

export interface Point {
	x: number;
	y: number;
}

/** How far (CSS px) a finger travels sideways, and how much more than up or down. */
export const SWIPE = { distance: 50, ratio: 1.5 } as const;

/** A finger moving left is `next`; short or mostly vertical movements (scrolling) are null. */
export function swipeAction(start: Point, end: Point): 'next' | 'previous' | null {
	const dx = end.x - start.x;
	const dy = end.y - start.y;
	if (Math.abs(dx) < SWIPE.distance || Math.abs(dx) < Math.abs(dy) * SWIPE.ratio) return null;
	return dx < 0 ? 'next' : 'previous';
}

/** `#storming`, or in the offline build, which routes by the hash, `#/present/#storming`. */
export function slideFromHash(hash: string, ids: readonly string[]): string | null {
	if (hash.startsWith('#/')) {
		const anchor = hash.slice(1).split('#')[1];
		return anchor === undefined ? null : stepFromHash('#' + anchor, ids);
	}
	return stepFromHash(hash, ids);
}

/** Keeps the route when the hash holds one (offline build). */
export function hashForSlide(currentHash: string, id: string): string {
	if (currentHash.startsWith('#/')) {
		const route = currentHash.slice(1).split('#')[0] ?? '/';
		return `#${route}#${id}`;
	}
	return `#${id}`;
}
