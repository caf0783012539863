/**
 * Pure step-detection maths, shared by the scroll engine and its tests. All values are viewport
 * pixels (from getBoundingClientRect), so the functions never touch the DOM.
 */

/** Vertical extent of one step element in viewport coordinates. */
export interface StepBox {
	top: number;
	bottom: number;
}

/**
 * The index of the step under the trigger line: the last step whose top has passed the line,
 * as long as the line is still within the steps' container. -1 when the line is above the first
 * step or below the container's end (`containerBottom`).
 */
export function stepAtTrigger(boxes: StepBox[], trigger: number, containerBottom: number): number {
	if (trigger >= containerBottom) return -1;
	let found = -1;
	for (let i = 0; i < boxes.length; i++) {
		const box = boxes[i];
		if (box && box.top <= trigger) found = i;
	}
	return found;
}

/** Progress (0 to 1) of the trigger line through a step box. */
export function progressThrough(box: StepBox, trigger: number): number {
	const height = box.bottom - box.top;
	if (height <= 0) return 0;
	return Math.min(1, Math.max(0, (trigger - box.top) / height));
}

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The step id named by a location hash (`#storming`), or null when the hash is empty, malformed
 * or names no known step. Never throws: an odd hash must never break the story.
 */
export function stepFromHash(hash: string, ids: readonly string[]): string | null {
	if (!hash || hash.length < 2 || hash[0] !== '#') return null;
	let id: string;
	try {
		id = decodeURIComponent(hash.slice(1));
	} catch {
		return null;
	}
	return STEP_ID.test(id) && ids.includes(id) ? id : null;
}
