/**
 * Performance budgets and goals for the story (issue 7), in one place.
 *
 * BUDGETS are byte sizes: deterministic, so `npm test` enforces them (tests/e2e/budgets.spec.ts).
 * Sizes are measured the way a CDN would send them: every response of the first load of a page
 * (no scrolling, no interaction), text types gzipped with node:zlib at level 9, binary types
 * (images, fonts) as they are. Response headers are not counted (they depend on the host).
 *
 * GOALS are timings: this machine is shared and noisy, so they are reported by `npm run bench`
 * (tests/bench/bench.mjs) and recorded in the README's "Performance" section, never tested.
 */

/** One kilobyte, as bundle budgets and Lighthouse count it (KiB). */
export const KB = 1024;

export const budgets = {
	/**
	 * JavaScript of the story's first load, gzipped. JavaScript is the costliest byte on a cheap
	 * phone: after the download it must be parsed, compiled and run on a slow CPU before the
	 * scroll works. 80 KB gzipped is roughly 250-300 KB of source, around a second of main-thread
	 * work on a low-end Android; Svelte's runtime, SvelteKit's router, the scroll engine and three
	 * charts fit well inside it, while an accidental `import 'd3'` (about 90 KB gzipped on its
	 * own) or a shipped map projection would not.
	 */
	firstLoadJs: 80 * KB,

	/**
	 * Everything of the story's first load (HTML, CSS, JS, fonts, images, data), on the wire.
	 * Lighthouse's mobile preset models slow 4G (about 1.6 Mbit/s, 150 ms round trips): 160 KB
	 * is about 0.8 s of transfer, which keeps the first paint and the largest paint inside the
	 * 1.8 s / 2.5 s "good" marks with room for the round trips. Fonts are included: the design
	 * uses system fonts, so a web font (typically 20-40 KB per style) would have to earn its place.
	 */
	firstLoadTotal: 160 * KB,

	/**
	 * JavaScript of each embed page (one graphic on someone else's page), gzipped. An embed runs
	 * next to the host page's own scripts, often several per article, and shows one chart with no
	 * story around it, so it must ship less than the whole story.
	 */
	embedJs: 60 * KB
} as const;

/** The embed pages whose JavaScript `budgets.embedJs` limits (paths relative to the site root). */
export const embedPages = ['embed/timeline/', 'embed/casualties/', 'embed/mines/'] as const;

export const goals = {
	/** Lighthouse mobile preset: 100 in performance, accessibility, best practices and SEO. */
	lighthouseScore: 100,
	/** Nothing on the page may move while it loads or while the reader scrolls. */
	cls: 0,
	/**
	 * Scrolling with the CPU slowed 4x: no main-thread task over 50 ms (the RAIL threshold past
	 * which a tap or a frame visibly waits).
	 */
	longestTaskMs: 50,
	/**
	 * 95th-percentile interval between animation frames while scrolling (4x CPU slowdown):
	 * 60 frames per second is 16.7 ms; under 20 ms leaves room for timer jitter while still
	 * catching dropped frames.
	 */
	frameP95Ms: 20
} as const;
