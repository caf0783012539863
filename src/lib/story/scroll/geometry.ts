/** Pure step-detection maths, in viewport pixels (from getBoundingClientRect). */
export interface StepBox {
	top: number;
	bottom: number;
}

/** The last step whose top passed the line, or -1 (above the first, or past `containerBottom`). */
export function stepAtTrigger(boxes: StepBox[], trigger: number, containerBottom: number): number {
	if (trigger >= containerBottom) return -1;
	let found = -1;
	for (let i = 0; i < boxes.length; i++) {
		const box = boxes[i];
		if (box && box.top <= trigger) found = i;
	}
	return found;
}

export function progressThrough(box: StepBox, trigger: number): number {
	const height = box.bottom - box.top;
	if (height <= 0) return 0;
	return Math.min(1, Math.max(0, (trigger - box.top) / height));
}

const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The known step a hash names (`#storming`), else null; never throws on an odd hash. */
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
