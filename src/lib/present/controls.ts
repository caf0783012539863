/**
 * The presenter view's controls as pure functions (no DOM), so the mapping from keys, swipes and
 * addresses to slides can be tested on its own: which key does what, when a pointer movement is a
 * swipe, and how the current slide is written in (and read from) the address bar.
 */
import { stepFromHash } from '$lib/story/scroll/geometry';

/** What a key or gesture asks the presenter to do. */
export type SlideAction =
	'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'notes' | 'escape';

/** The parts of a KeyboardEvent the mapping looks at. */
export interface KeyInput {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
}

/**
 * The action for a key press, or null when the key is not a presenter key. Right, Down, PageDown
 * and Space go forward (clickers send PageDown/PageUp); Left, Up, PageUp and Shift+Space go back;
 * Home/End jump to the first/last slide; `f` toggles full screen; `n` toggles the teacher's notes;
 * Escape leaves full screen (or closes the notes). Keys held with Ctrl, Alt or Cmd are left to the
 * browser (Ctrl+P prints, Ctrl+F finds).
 */
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

/** The slide index an action leads to, from `index` among `count` slides (clamped, no wrapping). */
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

/** A pointer position, in CSS pixels. */
export interface Point {
	x: number;
	y: number;
}

/** How far (CSS px) a finger must travel sideways, and how much more sideways than up or down. */
export const SWIPE = { distance: 50, ratio: 1.5 } as const;

/**
 * Whether a pointer movement from `start` to `end` is a swipe: left (finger moves left) is
 * `next`, right is `previous`; short or mostly vertical movements (scrolling) are null.
 */
export function swipeAction(start: Point, end: Point): 'next' | 'previous' | null {
	const dx = end.x - start.x;
	const dy = end.y - start.y;
	if (Math.abs(dx) < SWIPE.distance || Math.abs(dx) < Math.abs(dy) * SWIPE.ratio) return null;
	return dx < 0 ? 'next' : 'previous';
}

/**
 * The slide named by a location hash, or null when it names none. The normal build writes the
 * slide as `#<step id>` (`/present/#storming`); the single-file offline build routes by the hash,
 * so the slide is the anchor after the route: `#/present/#storming`. Never throws.
 */
export function slideFromHash(hash: string, ids: readonly string[]): string | null {
	if (hash.startsWith('#/')) {
		const anchor = hash.slice(1).split('#')[1];
		return anchor === undefined ? null : stepFromHash('#' + anchor, ids);
	}
	return stepFromHash(hash, ids);
}

/** The hash that names slide `id`, keeping the route when the hash holds one (offline build). */
export function hashForSlide(currentHash: string, id: string): string {
	if (currentHash.startsWith('#/')) {
		const route = currentHash.slice(1).split('#')[0] ?? '/';
		return `#${route}#${id}`;
	}
	return `#${id}`;
}
