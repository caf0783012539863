/** Motion tokens for script-driven transitions, mirroring `--motion-*`; 0 under reduced motion. */
import { tick } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { easeCubicInOut } from 'd3-ease';

export const MOTION_MS = { short: 250, long: 700 } as const;

/** `instantly` changes being applied: durations are 0 while any is. */
let still = 0;

export function duration(kind: keyof typeof MOTION_MS): number {
	return still > 0 || prefersReducedMotion.current ? 0 : MOTION_MS[kind];
}

/** A change the reader did not make (a chart leaving its prerendered state), with no animation. */
export async function instantly(change: () => void): Promise<void> {
	still += 1;
	try {
		change();
		await tick();
	} finally {
		still -= 1;
	}
}

export const ease: (t: number) => number = easeCubicInOut;
/** The same curve for CSS (`--ease` in global.css). */
export const EASE_CSS = 'cubic-bezier(0.65, 0, 0.35, 1)';
