/**
 * The rendered boxes of a chart, as a reader sees them, and what is wrong with them: text over
 * text, text over a mark, text out of its figure, text cut with an ellipsis, and a line crossing
 * text that has no halo. Used by tests/e2e/collisions.spec.ts.
 *
 * `readChartBoxes` runs in the page (through `locator.evaluate`) and measures, in viewport CSS
 * pixels: every visible line of chart text (an SVG `<text>` line by line, from its `<tspan>`s; HTML
 * text inside the chart, such as a note, line by line from its client rects), every mark (the
 * chart's `MARKS` selector; the casualties' one-path dots are split into one box per dot), every
 * stroked line that is not a mark (borders, axes, rules, leader lines), as straight segments, and
 * the chart's box, which clips it. `chartProblems` runs in Node and turns that into messages.
 */
import type { Locator } from '@playwright/test';
import type { ChartName } from '../../../src/lib/content/types';

/** A rectangle in viewport CSS pixels. */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** One line of chart text. */
export interface TextLine extends Box {
	/** The line's own text. */
	text: string;
	/** Index of the text element (or HTML block) it belongs to: lines of one owner never collide. */
	owner: number;
	/** The text element has a halo (class `halo-text`, or a `paint-order: stroke` outline). */
	halo: boolean;
	/** The halo's stroke colour (computed), when it has one. */
	haloColour: string | null;
}

/** One mark or marker. */
export interface Mark extends Box {
	/** What it is, for messages: its tag and class ("rect.bar", "dot 12 of path.wounded"). */
	name: string;
}

/** A stroked line crossing a line of text. */
export interface Crossing {
	/** Index into `lines`. */
	line: number;
	/** What crosses it ("path.country", "line.lane-rule"). */
	by: string;
}

/** Everything measured in one chart at one moment. */
export interface ChartBoxes {
	/** The chart's box (`.chart-box`, which clips what leaves it). */
	bound: Box;
	/** The colour of what the chart is drawn on (the first opaque background behind it). */
	surface: string;
	lines: TextLine[];
	marks: Mark[];
	crossings: Crossing[];
	/** The whole content of every text element, for the ellipsis check. */
	texts: string[];
}

/**
 * What counts as a mark or marker, per chart. Everything else that is stroked (country borders,
 * axis and lane rules, day rules, leader lines) is background geometry: it may pass under text,
 * but only text with a halo. `[data-mark]` lets a chart declare a new kind of mark.
 */
export const MARKS: Record<ChartName, string> = {
	// Event bars, the swatch beside a label, the key's sample marks.
	timeline: '.bar, .label-swatch, .key-solid, .key-dashed, .key-width, [data-mark]',
	// One unit mark per person (the wounded path is split into dots), the killed mark's ring, the
	// time strip's day bars and the span.
	casualties: '.wounded, .killed-mark, .killed-ring, .strip .day, .strip .span, [data-mark]',
	// Site symbols (not their background-coloured outline), the approximate-position ring, the
	// city dot, status icons beside text.
	mines: '.site > :not(.halo), .city, .status-icon, [data-mark]'
};

/**
 * Measures a chart (the figure's `.chart-box`) in the page. Self-contained: it is serialised into
 * the page by `locator.evaluate`.
 */
export function readChartBoxes(figure: Locator, chart: ChartName): Promise<ChartBoxes> {
	return figure.evaluate(measureInPage, MARKS[chart]);
}

/** The in-page measurement (see `readChartBoxes`). */
function measureInPage(figure: Element, marksSelector: string): ChartBoxes {
	type B = { left: number; top: number; right: number; bottom: number };
	type Seg = [number, number, number, number];
	const box = figure.querySelector('.chart-box') ?? figure;
	const rectOf = (r: DOMRect): B => ({
		left: r.left,
		top: r.top,
		right: r.right,
		bottom: r.bottom
	});
	const bound = rectOf(box.getBoundingClientRect());
	const union = (a: B | null, b: B): B =>
		a
			? {
					left: Math.min(a.left, b.left),
					top: Math.min(a.top, b.top),
					right: Math.max(a.right, b.right),
					bottom: Math.max(a.bottom, b.bottom)
				}
			: b;
	const intersect = (a: B, b: B): B | null => {
		const r = {
			left: Math.max(a.left, b.left),
			top: Math.max(a.top, b.top),
			right: Math.min(a.right, b.right),
			bottom: Math.min(a.bottom, b.bottom)
		};
		return r.right > r.left && r.bottom > r.top ? r : null;
	};
	const name = (el: Element) => {
		const cls = (el.getAttribute('class') ?? '')
			.split(/\s+/)
			.filter((c) => c && !c.startsWith('svelte-'))
			.join('.');
		return el.tagName.toLowerCase() + (cls ? '.' + cls : '');
	};

	/** Seen at all: displayed, visible, and not faded all the way out. */
	const seen = (el: Element) => {
		const style = getComputedStyle(el);
		if (style.display === 'none' || style.visibility !== 'visible') return false;
		let opacity = 1;
		for (let n: Element | null = el; n && n !== box.parentElement; n = n.parentElement) {
			const s = getComputedStyle(n);
			if (s.display === 'none') return false;
			opacity *= Number(s.opacity);
		}
		if (opacity < 0.05) return false;
		// Visually hidden text (a 1 px box, clipped) is for screen readers only.
		for (let n: Element | null = el; n && n !== box; n = n.parentElement) {
			if (!(n instanceof HTMLElement)) continue;
			const s = getComputedStyle(n);
			if (s.clip.startsWith('rect(0') || s.clipPath === 'inset(50%)') return false;
			if (s.overflow !== 'visible' && (n.offsetWidth <= 1 || n.offsetHeight <= 1)) return false;
		}
		const r = el.getBoundingClientRect();
		return r.width > 0 || r.height > 0;
	};
	const inDefs = (el: Element) =>
		el.closest('defs, clipPath, pattern, mask, marker, symbol') !== null;

	/** The clip rectangle an SVG element is drawn through (a clip-path of one rect), if any. */
	const clipOf = (el: Element): B | null => {
		let clip: B | null = null;
		for (let n: Element | null = el; n && n instanceof SVGElement; n = n.parentElement) {
			const ref = n.getAttribute('clip-path') ?? '';
			const id = /url\(#([^)]+)\)/.exec(ref)?.[1];
			const shape = id ? document.getElementById(id)?.querySelector('rect') : null;
			if (!shape || !(n instanceof SVGGraphicsElement)) continue;
			const m = n.getScreenCTM();
			if (!m) continue;
			const x = shape.x.baseVal.value;
			const y = shape.y.baseVal.value;
			const w = shape.width.baseVal.value;
			const h = shape.height.baseVal.value;
			const pts = [
				new DOMPoint(x, y).matrixTransform(m),
				new DOMPoint(x + w, y + h).matrixTransform(m)
			];
			const r = {
				left: Math.min(pts[0]!.x, pts[1]!.x),
				top: Math.min(pts[0]!.y, pts[1]!.y),
				right: Math.max(pts[0]!.x, pts[1]!.x),
				bottom: Math.max(pts[0]!.y, pts[1]!.y)
			};
			clip = clip ? intersect(clip, r) : r;
			if (!clip) return { left: 0, top: 0, right: 0, bottom: 0 };
		}
		return clip;
	};
	/** An element's box as drawn: clipped by its clip-path and by the chart's box. */
	const drawn = (el: Element, b: B): B | null => {
		const clip = clipOf(el);
		const within = intersect(b, bound);
		return within && clip ? intersect(within, clip) : within;
	};

	/** The colour behind the chart: the first opaque background from the chart box up. */
	let surface = getComputedStyle(document.body).backgroundColor;
	for (let n: Element | null = box; n; n = n.parentElement) {
		const bg = getComputedStyle(n).backgroundColor;
		if (bg && !/^rgba\(.*,\s*0\)$/.test(bg) && bg !== 'transparent') {
			surface = bg;
			break;
		}
	}

	// --- Text ---------------------------------------------------------------------------------
	const lines: TextLine[] = [];
	const texts: string[] = [];
	let owner = 0;
	const haloOf = (el: Element): { halo: boolean; colour: string | null } => {
		const s = getComputedStyle(el);
		const outlined =
			s.paintOrder.trim().startsWith('stroke') &&
			s.stroke !== 'none' &&
			parseFloat(s.strokeWidth) >= 2;
		return {
			halo: outlined || el.classList.contains('halo-text'),
			colour: outlined ? s.stroke : null
		};
	};
	for (const text of box.querySelectorAll('svg text')) {
		if (inDefs(text) || !seen(text)) continue;
		const content = (text.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (!content) continue;
		texts.push(content);
		const { halo, colour } = haloOf(text);
		const id = owner++;
		// A tspan with its own x, y or dy starts a line; others continue the line before.
		const groups: Element[][] = [];
		for (const span of text.querySelectorAll('tspan')) {
			if (!seen(span) || !(span.textContent ?? '').trim()) continue;
			const starts = span.hasAttribute('x') || span.hasAttribute('y') || span.hasAttribute('dy');
			if (starts || groups.length === 0) groups.push([span]);
			else groups.at(-1)!.push(span);
		}
		const parts = groups.length > 0 ? groups : [[text]];
		for (const part of parts) {
			let b: B | null = null;
			for (const el of part) b = union(b, rectOf(el.getBoundingClientRect()));
			if (!b || b.right - b.left < 0.5) continue;
			// Fully clipped away: not seen. Partly clipped text is measured whole, so it shows as
			// leaving its chart.
			const clip = clipOf(text);
			if (clip && !intersect(b, clip)) continue;
			lines.push({
				...b,
				text: part
					.map((el) => el.textContent ?? '')
					.join('')
					.replace(/\s+/g, ' ')
					.trim(),
				owner: id,
				halo,
				haloColour: colour
			});
		}
	}
	// HTML text inside the chart (a note, a panel), line by line; screen-reader-only text skipped.
	const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
	const blocks = new Map<Element, number>();
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		const parent = node.parentElement;
		if (!parent || parent.closest('svg, figcaption, [role="dialog"]')) continue;
		if (!(node.textContent ?? '').trim() || !seen(parent)) continue;
		let block: Element = parent;
		while (block !== box && getComputedStyle(block).display.startsWith('inline')) {
			block = block.parentElement!;
		}
		if (!blocks.has(block)) {
			blocks.set(block, owner++);
			texts.push((block.textContent ?? '').replace(/\s+/g, ' ').trim());
		}
		const range = document.createRange();
		range.selectNodeContents(node);
		for (const r of range.getClientRects()) {
			if (r.width < 0.5) continue;
			lines.push({
				...rectOf(r),
				text: (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
				owner: blocks.get(block)!,
				halo: false,
				haloColour: null
			});
		}
	}

	// --- Marks ----------------------------------------------------------------------------------
	const marks: Mark[] = [];
	const marked = new Set<Element>();
	for (const el of box.querySelectorAll(marksSelector)) {
		if (inDefs(el) || !seen(el)) continue;
		marked.add(el);
		const d = el.tagName === 'path' ? (el.getAttribute('d') ?? '') : '';
		const arcs = d.match(/a/gi)?.length ?? 0;
		if (arcs > 4 && el instanceof SVGGraphicsElement) {
			// Many dots drawn as one path (casualties' dotsPath): one box per arc, a circle of the
			// arc's radius around the middle of its chord (exact for the half circles drawn there).
			const m = el.getScreenCTM();
			if (!m) continue;
			const tokens = d.match(/[a-zA-Z]|-?[\d.]+(?:e-?\d+)?/g) ?? [];
			let i = 0;
			let x = 0;
			let y = 0;
			let cmd = '';
			let dot = 0;
			const num = () => Number(tokens[i++]);
			while (i < tokens.length) {
				if (/[a-zA-Z]/.test(tokens[i]!)) cmd = tokens[i++]!;
				if (cmd === 'M' || cmd === 'L') {
					x = num();
					y = num();
				} else if (cmd === 'm' || cmd === 'l') {
					x += num();
					y += num();
				} else if (cmd === 'a' || cmd === 'A') {
					const r = num();
					num();
					num();
					num();
					num();
					const ex = num();
					const ey = num();
					const nx = cmd === 'a' ? x + ex : ex;
					const ny = cmd === 'a' ? y + ey : ey;
					const cx = (x + nx) / 2;
					const cy = (y + ny) / 2;
					x = nx;
					y = ny;
					if (dot++ % 2 === 1) continue; // the second half of the same circle
					const a = new DOMPoint(cx - r, cy - r).matrixTransform(m);
					const b = new DOMPoint(cx + r, cy + r).matrixTransform(m);
					const c = drawn(el, { left: a.x, top: a.y, right: b.x, bottom: b.y });
					if (c) marks.push({ ...c, name: `dot ${dot / 2 + 0.5} of ${name(el)}` });
				} else {
					i++;
				}
			}
			continue;
		}
		const c = drawn(el, rectOf(el.getBoundingClientRect()));
		if (c) marks.push({ ...c, name: name(el) });
	}

	// --- Lines that may cross text ----------------------------------------------------------------
	const crossings: Crossing[] = [];
	const segmentsOf = (el: SVGGraphicsElement): Seg[] => {
		const m = el.getScreenCTM();
		if (!m) return [];
		const pts: [number, number][][] = [];
		if (el instanceof SVGLineElement) {
			pts.push([
				[el.x1.baseVal.value, el.y1.baseVal.value],
				[el.x2.baseVal.value, el.y2.baseVal.value]
			]);
		} else if (el instanceof SVGRectElement) {
			const { x, y, width: w, height: h } = el.getBBox();
			pts.push([
				[x, y],
				[x + w, y],
				[x + w, y + h],
				[x, y + h],
				[x, y]
			]);
		} else if (el instanceof SVGCircleElement || el instanceof SVGEllipseElement) {
			const { x, y, width: w, height: h } = el.getBBox();
			pts.push(
				Array.from({ length: 33 }, (_, k) => {
					const t = (k / 32) * 2 * Math.PI;
					return [x + w / 2 + (w / 2) * Math.cos(t), y + h / 2 + (h / 2) * Math.sin(t)];
				})
			);
		} else if (el instanceof SVGPathElement) {
			const d = el.getAttribute('d') ?? '';
			if (/[^MLHVZmlhvz\d\s,.eE-]/.test(d)) {
				// Curves: follow the path in 2 px steps.
				const total = el.getTotalLength();
				const run: [number, number][] = [];
				for (let s = 0; s <= total; s += 2) {
					const p = el.getPointAtLength(s);
					run.push([p.x, p.y]);
				}
				pts.push(run);
			} else {
				const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
				let i = 0;
				let cmd = '';
				let x = 0;
				let y = 0;
				let run: [number, number][] = [];
				const num = () => Number(tokens[i++]);
				while (i < tokens.length) {
					if (/[a-zA-Z]/.test(tokens[i]!)) {
						cmd = tokens[i++]!;
						if (cmd === 'Z' || cmd === 'z') {
							if (run.length) run.push(run[0]!);
							pts.push(run);
							run = [];
							continue;
						}
					}
					const rel = cmd === cmd.toLowerCase();
					const C = cmd.toUpperCase();
					if (C === 'M') {
						if (run.length) pts.push(run);
						x = (rel ? x : 0) + num();
						y = (rel ? y : 0) + num();
						run = [[x, y]];
						cmd = rel ? 'l' : 'L';
						continue;
					}
					if (C === 'L') {
						x = (rel ? x : 0) + num();
						y = (rel ? y : 0) + num();
					} else if (C === 'H') x = (rel ? x : 0) + num();
					else if (C === 'V') y = (rel ? y : 0) + num();
					else {
						i++;
						continue;
					}
					run.push([x, y]);
				}
				if (run.length) pts.push(run);
			}
		}
		const out: Seg[] = [];
		for (const run of pts) {
			const scr = run.map(([px, py]) => new DOMPoint(px, py).matrixTransform(m));
			for (let k = 1; k < scr.length; k++) {
				out.push([scr[k - 1]!.x, scr[k - 1]!.y, scr[k]!.x, scr[k]!.y]);
			}
		}
		return out;
	};
	/** Does segment a-b pass through rectangle r (Liang-Barsky)? */
	const crosses = (s: Seg, r: B) => {
		const [x0, y0, x1, y1] = s;
		let t0 = 0;
		let t1 = 1;
		const dx = x1 - x0;
		const dy = y1 - y0;
		const edges: [number, number][] = [
			[-dx, x0 - r.left],
			[dx, r.right - x0],
			[-dy, y0 - r.top],
			[dy, r.bottom - y0]
		];
		for (const [p, q] of edges) {
			if (p === 0) {
				if (q < 0) return false;
			} else {
				const t = q / p;
				if (p < 0) t0 = Math.max(t0, t);
				else t1 = Math.min(t1, t);
				if (t0 > t1) return false;
			}
		}
		return true;
	};
	if (lines.length > 0) {
		for (const el of box.querySelectorAll(
			'svg line, svg path, svg rect, svg circle, svg ellipse, svg polyline'
		)) {
			if (!(el instanceof SVGGraphicsElement) || inDefs(el) || marked.has(el)) continue;
			if (el.closest(marksSelector) || !seen(el)) continue;
			const s = getComputedStyle(el);
			const width = parseFloat(s.strokeWidth);
			if (s.stroke === 'none' || !(width > 0) || /rgba\(.*,\s*0\)$/.test(s.stroke)) continue;
			if (parseFloat(s.strokeOpacity) < 0.05) continue;
			// A background-coloured outline (a halo round a symbol) is not a line to read past.
			if (s.stroke === surface) continue;
			const clip = clipOf(el);
			const bb = rectOf(el.getBoundingClientRect());
			const reach = {
				left: bb.left - 2,
				top: bb.top - 2,
				right: bb.right + 2,
				bottom: bb.bottom + 2
			};
			const hit = lines.map((l, k) => (intersect(l, reach) ? k : -1)).filter((k) => k >= 0);
			if (hit.length === 0) continue;
			const segs = segmentsOf(el);
			for (const k of hit) {
				const l = lines[k]!;
				// Inset 1 px (the tolerance): a line grazing a glyph box's edge is not through it.
				let inner: B | null = {
					left: l.left + 1,
					top: l.top + 1,
					right: l.right - 1,
					bottom: l.bottom - 1
				};
				if (clip) inner = intersect(inner, clip);
				if (inner) inner = intersect(inner, bound);
				if (inner && segs.some((sg) => crosses(sg, inner!)))
					crossings.push({ line: k, by: name(el) });
			}
		}
	}

	return { bound, surface, lines, marks, crossings, texts };
}

/** Where a measurement was taken, for messages. */
export interface Where {
	chart: string;
	step: string;
	size: string;
	scheme: string;
}

/** Overlap of two boxes beyond the tolerance (px) on both axes. */
export function overlaps(a: Box, b: Box, tolerance = 1): boolean {
	const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
	const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
	return x > tolerance && y > tolerance;
}

/** How far (px) a box leaves another, 0 if it is inside. */
export function outside(inner: Box, outer: Box): number {
	return Math.max(
		outer.left - inner.left,
		inner.right - outer.right,
		outer.top - inner.top,
		inner.bottom - outer.bottom,
		0
	);
}

/**
 * Every problem in one measurement, as a message naming the chart, the step, the size, the
 * colour scheme and the two texts or marks involved. Tolerance: 1 px.
 */
export function chartProblems(m: ChartBoxes, where: Where): string[] {
	const at = `${where.chart} · ${where.step} · ${where.size} · ${where.scheme}`;
	const q = (s: string) => `“${s}”`;
	const problems: string[] = [];
	for (const t of m.texts) {
		if (/(…|\.\.\.)$/.test(t)) problems.push(`${at}: text is cut with an ellipsis: ${q(t)}`);
	}
	m.lines.forEach((a, i) => {
		const out = outside(a, m.bound);
		if (out > 1) {
			problems.push(`${at}: text leaves its figure by ${out.toFixed(1)} px: ${q(a.text)}`);
		}
		for (const b of m.lines.slice(i + 1)) {
			if (a.owner === b.owner || !overlaps(a, b)) continue;
			// A halo drawn as a copy of the text under it is the same text in the same place.
			const copy =
				a.text === b.text && Math.abs(a.left - b.left) <= 1 && Math.abs(a.top - b.top) <= 1;
			if (!copy) problems.push(`${at}: text ${q(a.text)} overlaps text ${q(b.text)}`);
		}
		for (const mark of m.marks) {
			if (overlaps(a, mark)) problems.push(`${at}: text ${q(a.text)} overlaps mark ${mark.name}`);
		}
	});
	const reported = new Set<string>();
	for (const c of m.crossings) {
		const line = m.lines[c.line]!;
		const key = `${c.line} ${c.by}`;
		if (reported.has(key)) continue;
		reported.add(key);
		const copy = m.lines.some(
			(o) =>
				o !== line &&
				o.text === line.text &&
				o.halo &&
				Math.abs(o.left - line.left) <= 1 &&
				Math.abs(o.top - line.top) <= 1
		);
		if (!line.halo && !copy) {
			problems.push(`${at}: ${c.by} crosses text ${q(line.text)}, which has no halo`);
		} else if (line.haloColour && line.haloColour !== m.surface) {
			problems.push(
				`${at}: the halo of ${q(line.text)} is ${line.haloColour}, not the chart’s background ${m.surface}`
			);
		}
	}
	return problems;
}
