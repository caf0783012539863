/**
 * Motion tokens for script-driven transitions (d3-timer + d3-interpolate + d3-ease, through
 * `charts/shared/transition.svelte.ts`). They mirror the CSS custom properties `--motion-short` /
 * `--motion-long` in `styles/global.css` and collapse to 0 under `prefers-reduced-motion: reduce`,
 * so every animation becomes an instant change.
 */
import { tick } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';
import { easeCubicInOut } from 'd3-ease';

export const MOTION_MS = { short: 250, long: 700 } as const;

/** How many `instantly` changes are being applied (durations are 0 while any is). */
let still = 0;

/** Duration in ms for a transition of this length, honouring reduced motion. */
export function duration(kind: keyof typeof MOTION_MS): number {
	return still > 0 || prefersReducedMotion.current ? 0 : MOTION_MS[kind];
}

/**
 * Makes a state change whose script-driven transitions are all instant, and resolves once it is
 * applied: for changes the reader does not experience as one, such as a chart leaving its
 * prerendered (no-JavaScript) state on load. Animating those would only spend a phone's main
 * thread on a graphic no one is looking at.
 */
export async function instantly(change: () => void): Promise<void> {
	still += 1;
	try {
		change();
		await tick();
	} finally {
		still -= 1;
	}
}

/** The one easing of the project: cubic in-out (d3-ease). Never bouncy. */
export const ease: (t: number) => number = easeCubicInOut;
/** The same curve for CSS and the Web Animations API (`--ease` in global.css). */
export const EASE_CSS = 'cubic-bezier(0.65, 0, 0.35, 1)';
