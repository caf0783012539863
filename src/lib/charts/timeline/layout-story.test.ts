/**
 * The timeline's layout of the real story, at every timeline step and at widths from the narrowest
 * phone to a wide desktop (the prerender too): every label whole and clear, every target big
 * enough. And no code that could cut a label.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../build/content/load';
import type { TimelineState } from '$lib/content/types';
import { estimateTextWidth, type MeasureText } from '../shared/text';
import { layoutTimeline, MIN_TARGET, type TimelineLayout } from './layout';
import { measureWide, prerenderFor } from './prerender';
import { collisions, EPS, hitBoxes, labelBoxes, mark, overlaps, type Box } from './boxes.test-data';

describe('the real story, every timeline step', () => {
	const { content } = loadContent(path.resolve('content'));
	const steps = content.steps.filter((s) => s.state?.chart === 'timeline');

	it('has timeline steps to check', () => {
		expect(steps.length).toBeGreaterThan(5);
	});

	/** The visible part of every bar, as drawn (clipped to the plot). */
	const barBoxes = (l: TimelineLayout): Box[] =>
		l.marks
			.filter((m) => m.visible)
			.map((m) => ({
				what: `bar ${m.id}`,
				x0: Math.max(m.x0, l.plot.left),
				x1: Math.min(m.x1, l.plot.right),
				y0: m.y,
				y1: m.y + m.height
			}));

	/** The day names and hour labels above the lanes. */
	const axisBoxes = (l: TimelineLayout): Box[] => {
		const y0 = l.axisY - l.fontSize;
		const y1 = l.axisY + 3;
		return [
			...l.days
				.filter((d) => d.label)
				.map((d) => ({
					what: d.label!,
					x0: d.labelX,
					x1: d.labelX + estimateTextWidth(d.label!, l.fontSize, 600),
					y0,
					y1
				})),
			...l.ticks
				.filter((t) => t.label)
				.map((t) => {
					const half = estimateTextWidth(t.label!, l.fontSize) / 2;
					return { what: t.label!, x0: t.x - half, x1: t.x + half, y0, y1 };
				})
		];
	};

	/** The boxes' collisions with `others` (anything but a label's own entry). */
	const hits = (labels: Box[], others: Box[]) =>
		labels.flatMap((a) => others.filter((b) => overlaps(a, b)).map((b) => `${a.what} × ${b.what}`));

	// Widths from the narrowest phone to a wide desktop, each with a box height like the page's.
	interface Case {
		width: number;
		height: number;
		measure?: MeasureText;
		minRow?: number;
		fontSize?: number;
	}
	const cases: Case[] = [
		// the prerender: the narrowest phone's box, text measured wide (prerender.ts)
		{ ...prerenderFor(390, 340), measure: measureWide },
		...(
			[
				[300, 260],
				[320, 260],
				[360, 300],
				[374, 357], // the story page's phone box at 390 x 844
				[390, 340],
				[600, 420],
				[768, 420],
				[1024, 600],
				[1440, 760]
			] as const
		).map(([width, height]) => ({ width, height }))
	];
	for (const { width, height, measure, minRow, fontSize: pre } of cases) {
		const how = measure ? ' (prerendered)' : '';
		it(`at ${width} x ${height}${how}: every label whole, clear of text, bars and edges; targets >= 44 px`, () => {
			for (const step of steps) {
				const state = step.state as TimelineState;
				for (const fontSize of pre ? [pre] : [13, 16]) {
					const l = layoutTimeline({
						events: content.events,
						width,
						height,
						window: state.window,
						focus: state.focus,
						fontSize,
						measure,
						minRow
					});
					const where = `${step.id} ${width}x${height}${how} ${fontSize}px`;
					const labels = labelBoxes(l);
					for (const m of l.marks) {
						if (!m.label) continue;
						// whole: the chart label itself, never cut, at most three lines
						expect(m.label.lines.join(' '), `${where} ${m.id}`).toBe(m.event.chartLabel);
						for (const line of m.label.lines) expect(line, where).not.toMatch(/…$/);
						expect(m.label.lines.length, `${where} ${m.id}`).toBeLessThanOrEqual(3);
					}
					expect(collisions(labels), where).toEqual([]);
					expect(hits(labels, barBoxes(l)), where).toEqual([]);
					expect(hits(labels, axisBoxes(l)), where).toEqual([]);
					for (const b of labels) {
						expect(b.x0, `${where} ${b.what}`).toBeGreaterThanOrEqual(l.plot.left - EPS);
						expect(b.x1, `${where} ${b.what}`).toBeLessThanOrEqual(l.plot.right + EPS);
						expect(b.y0, `${where} ${b.what}`).toBeGreaterThanOrEqual(l.plot.top - EPS);
						expect(b.y1, `${where} ${b.what}`).toBeLessThanOrEqual(l.plot.bottom + EPS);
					}
					// every focused event inside the window has its label and a target
					for (const id of state.focus) {
						const m = mark(l, id);
						if (!m.visible) continue;
						expect(m.label, `${where} ${id} label`).not.toBeNull();
						expect(m.hit, `${where} ${id} target`).not.toBeNull();
					}
					const targets = hitBoxes(l);
					expect(collisions(targets), where).toEqual([]);
					for (const h of targets) {
						expect(h.x1 - h.x0, where).toBeGreaterThanOrEqual(MIN_TARGET - EPS);
						expect(h.y1 - h.y0, where).toBeGreaterThanOrEqual((minRow ?? MIN_TARGET) - EPS);
					}
				}
			}
		});
	}

	it('has no way to cut a label: no ellipsis anywhere in the timeline’s layout code', () => {
		const dir = path.resolve('src/lib/charts/timeline');
		const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test'));
		for (const file of [
			...files.map((f) => path.join(dir, f)),
			path.resolve('src/lib/charts/shared/text.ts')
		]) {
			expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/…|\\u2026|ellipsi[sz]/i);
		}
	});
});
