/**
 * Helpers that run INSIDE the page, installed once per load as `window.__engines` (both drivers
 * can run a script string; neither can pass functions). Each check then costs one round trip:
 * the waiting happens in the page, not over the wire.
 *
 * The geometric truth is the one the Chromium torture test uses, from tests/shared/scroll-truth.mjs
 * (its functions are self-contained, so they are passed into the page as source text).
 */
import {
	mismatches as sharedMismatches,
	readTruthInPage,
	WIDE_LAYOUT
} from '../../shared/scroll-truth.mjs';

/**
 * @param {typeof readTruthInPage} readTruthWith
 * @param {typeof sharedMismatches} mismatchesOf
 * @param {string} wideLayout `WIDE_LAYOUT`
 */
function install(readTruthWith, mismatchesOf, wideLayout) {
	if (window.__engines) return;
	const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
	const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
	const readTruth = () => readTruthWith(wideLayout);
	const wide = () => window.matchMedia(wideLayout).matches;
	const triggerY = () => window.innerHeight * (wide() ? 0.5 : 0.72);
	const figures = () => Array.from(document.querySelectorAll('figure[data-chart]'));
	const stepsOf = (figure) =>
		Array.from(figure.closest('section')?.querySelectorAll('[data-step]') ?? []);

	/** Every scroll step that drives a graphic, in reading order, with its graphic's name. */
	function steps() {
		return figures().flatMap((figure) =>
			stepsOf(figure).map((el) => ({
				id: el.dataset.step,
				chart: figure.dataset.chart,
				title: el.querySelector('h3')?.textContent?.trim() ?? ''
			}))
		);
	}

	const mismatches = (truth = readTruth()) => mismatchesOf(truth);

	/** Waits until the page agrees with the truth, and still does a moment later. */
	async function waitTruth(timeout = 8000) {
		const start = performance.now();
		let wrong = mismatches();
		while (wrong.length && performance.now() - start < timeout) {
			await sleep(50);
			wrong = mismatches();
		}
		if (wrong.length) return wrong;
		await sleep(150);
		return mismatches().map((w) => `${w} (a moment later)`);
	}

	/** What is wrong with step `id` being the one shown (empty when right). */
	function stepProblems(id) {
		const el = document.querySelector(`[data-step="${CSS.escape(id)}"]`);
		if (!el) return [`no step ${id}`];
		const figure = el.closest('section')?.querySelector('figure[data-chart]');
		const problems = [];
		const current = Array.from(document.querySelectorAll('[aria-current="step"]')).map(
			(e) => e.getAttribute('data-step') ?? e.tagName
		);
		if (current.join() !== id) problems.push(`aria-current="step" is on [${current}], not ${id}`);
		if (figure?.getAttribute('data-state') !== id)
			problems.push(`the figure shows ${figure?.getAttribute('data-state')}, not ${id}`);
		const settled = Array.from(figure?.querySelectorAll('[data-settled]') ?? []).map((e) =>
			e.getAttribute('data-settled')
		);
		if (!settled.length || settled.some((s) => s !== 'true'))
			problems.push(`the chart is not settled (data-settled=${settled})`);
		return problems;
	}

	/** Waits until step `id` is active, its graphic shows it and has settled. */
	async function waitStep(id, timeout = 8000) {
		const start = performance.now();
		let problems = stepProblems(id);
		while (problems.length && performance.now() - start < timeout) {
			await sleep(40);
			problems = stepProblems(id);
		}
		return problems;
	}

	/**
	 * The graphic of step `id` once its step is active: the sticky graphic is pinned to the top
	 * of the viewport, and (timeline, mines) no two labels overlap and none leaves the chart.
	 */
	function layoutProblems(id) {
		const el = document.querySelector(`[data-step="${CSS.escape(id)}"]`);
		const figure = el?.closest('section')?.querySelector('figure[data-chart]');
		if (!el || !figure) return [`no step or figure for ${id}`];
		const problems = [];
		// The sticky graphic: where position: sticky must put it, from its scroll container's box
		// (pinned at its `top` while the steps scroll past, carried off with the section after).
		const graphic = figure.closest('.graphic') ?? figure.parentElement;
		const scrolly = graphic.parentElement.getBoundingClientRect();
		const box = graphic.getBoundingClientRect();
		const pin = parseFloat(getComputedStyle(graphic).top) || 0;
		const want = Math.min(Math.max(pin, scrolly.top), scrolly.bottom - box.height);
		if (Math.abs(box.top - want) > 1)
			problems.push(
				`the sticky graphic's top is at ${box.top.toFixed(1)} px, not ${want.toFixed(1)} px`
			);
		const scrollWidth = document.documentElement.scrollWidth;
		if (scrollWidth > document.documentElement.clientWidth)
			problems.push(
				`the page is ${scrollWidth} px wide in a ${document.documentElement.clientWidth} px viewport`
			);
		const chart = figure.dataset.chart;
		if (chart === 'timeline' || chart === 'mines') {
			const svg = figure.querySelector('svg');
			const frameBox = svg?.parentElement?.getBoundingClientRect();
			const labels = Array.from(figure.querySelectorAll('svg text'))
				.filter((t) => t.textContent.trim() !== '' && getComputedStyle(t).visibility !== 'hidden')
				.map((t) => {
					// Firefox's box of SVG text is about 4 px taller than the glyphs (Chromium's and
					// WebKit's are the font's ascent to descent): 2 px off each edge compares the same.
					const r = t.getBoundingClientRect();
					const text = t.textContent.trim();
					return { text, left: r.left, right: r.right, top: r.top + 2, bottom: r.bottom - 2 };
				});
			if (labels.length < 4) problems.push(`${chart}: only ${labels.length} labels`);
			labels.forEach((a, i) => {
				if (frameBox && (a.left < frameBox.left - 1 || a.right > frameBox.right + 1))
					problems.push(
						`${chart}: "${a.text}" leaves the chart (${a.left.toFixed(1)}–${a.right.toFixed(1)} in ${frameBox.left.toFixed(1)}–${frameBox.right.toFixed(1)})`
					);
				for (const b of labels.slice(i + 1)) {
					const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
					const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
					if (x > 1 && y > 1)
						problems.push(
							`${chart}: "${a.text}" overlaps "${b.text}" by ${x.toFixed(1)}x${y.toFixed(1)} px`
						);
				}
			});
		}
		return problems;
	}

	/** A scrollY that puts the trigger line a little way into step `id` (where a reader reads it). */
	function readingY(id) {
		const el = document.querySelector(`[data-step="${CSS.escape(id)}"]`);
		const box = el.getBoundingClientRect();
		return Math.round(window.scrollY + box.top + Math.min(40, box.height / 3) - triggerY());
	}

	const maxScroll = () => document.documentElement.scrollHeight - window.innerHeight;

	/**
	 * Scrolls to `toY` the way a reader's wheel or finger does: in small steps, one per frame, at
	 * `speed` pixels a second (a slow frame moves further, as a real scroll does), never more than
	 * `notch` pixels at once (about one wheel notch).
	 */
	async function scrollGently(toY, speed = 2400, notch = 160) {
		const target = Math.max(0, Math.min(toY, maxScroll()));
		let last = performance.now();
		for (let guard = 0; guard < 5000 && window.scrollY !== target; guard++) {
			await frame();
			const now = performance.now();
			const px = Math.min(notch, Math.max(8, (speed * (now - last)) / 1000));
			last = now;
			const before = window.scrollY;
			const next = before + Math.sign(target - before) * Math.min(px, Math.abs(target - before));
			window.scrollTo(0, next);
			if (window.scrollY === before) break;
		}
		await frame();
	}

	/**
	 * A reader's visit to step `id`, in one round trip: scroll gently to its reading position,
	 * wait until it is active with its graphic settled, check the whole page against the truth,
	 * and check the graphic's layout. Returns what is wrong, by kind (empty lists when right).
	 */
	async function visit(id, speed) {
		await scrollGently(readingY(id), speed);
		const step = await waitStep(id);
		const truth = step.length ? [] : await waitTruth();
		return { step, truth, layout: layoutProblems(id) };
	}

	/** A flick: from here to `toY` in `ms`, decelerating. */
	function fling(toY, ms = 700) {
		return new Promise((done) => {
			const from = window.scrollY;
			let start = 0;
			const step = (t) => {
				if (!start) start = t;
				const k = Math.min(1, (t - start) / ms);
				window.scrollTo(0, from + (toY - from) * (1 - (1 - k) ** 3));
				if (k < 1) requestAnimationFrame(step);
				else done(undefined);
			};
			requestAnimationFrame(step);
		});
	}

	/** The scrollY range of each section's steps, a screen before and half a screen after. */
	function sectionRanges() {
		const trigger = triggerY();
		return figures().map((figure) => {
			const box = (stepsOf(figure)[0]?.parentElement ?? figure).getBoundingClientRect();
			const top = window.scrollY + box.top - trigger;
			const bottom = window.scrollY + box.bottom - trigger;
			return [Math.max(0, top - window.innerHeight), bottom + window.innerHeight / 2];
		});
	}

	/** Relative luminance of a CSS colour (rgb/rgba). */
	function luminance(color) {
		const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0'])
			.slice(0, 3)
			.map((v) => Number(v) / 255)
			.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	}

	window.__engines = {
		sleep,
		steps,
		readTruth,
		mismatches,
		waitTruth,
		stepProblems,
		waitStep,
		layoutProblems,
		readingY,
		maxScroll,
		scrollGently,
		visit,
		fling,
		sectionRanges,
		luminance
	};
}

/** The script that installs the helpers (idempotent). */
export const HELPERS = `(${install.toString()})(${readTruthInPage.toString()}, ${sharedMismatches.toString()}, ${JSON.stringify(WIDE_LAYOUT)});`;
