/**
 * Motion tokens for script-driven transitions (Svelte Tween / D3 interpolators). They mirror the
 * CSS custom properties `--motion-short` / `--motion-long` in `styles/global.css` and collapse to
 * 0 under `prefers-reduced-motion: reduce`, so every animation becomes an instant change.
 */
import { prefersReducedMotion } from 'svelte/motion';
import { cubicInOut } from 'svelte/easing';

export const MOTION_MS = { short: 250, long: 700 } as const;

/** Duration in ms for a transition of this length, honouring reduced motion. */
export function duration(kind: keyof typeof MOTION_MS): number {
	return prefersReducedMotion.current ? 0 : MOTION_MS[kind];
}

/** The one easing of the project: cubic in-out. Never bouncy. */
export const ease = cubicInOut;
