import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/content/load';
import {
	extractSvg,
	resolveVariables,
	rootVariables,
	stripAtRules,
	wrapWords
} from './share-image';
import { rasterise, shareFontFiles } from './share-image.server';
import { timelineSharePng, timelineShareSvg } from './timeline-share.server';

const content = loadContent(path.resolve('content')).content;

describe('CSS for an SVG rasteriser', () => {
	const css = `:root { --a: #123456; --b: var(--a); --size: 0.8125rem; /* c */ }
		@media (prefers-color-scheme: dark) { :root { --a: #000; } }`;
	it('reads the light scheme and writes variables in, nested ones and rem too', () => {
		const vars = rootVariables(css);
		expect(vars.get('--a')).toBe('#123456');
		expect(resolveVariables('fill: var(--b); font-size: var(--size)', vars)).toBe(
			'fill: #123456; font-size: 13px'
		);
		expect(resolveVariables('fill: var(--none, red)', vars)).toBe('fill: red');
		expect(() => resolveVariables('fill: var(--none)', vars)).toThrow(/--none/);
	});
	it('drops at-rule blocks, nested braces included', () => {
		expect(stripAtRules('a{x:1}@media (x){b{y:2}}c{z:3}@keyframes k{from{o:0}}')).toBe(
			'a{x:1}c{z:3}'
		);
	});
	it('takes the svg out of server-rendered HTML', () => {
		const svg = extractSvg('<!--[--><div><svg width="10" height="5"><!----><g></g></svg></div>');
		expect(svg).toEqual({
			markup: '<svg width="10" height="5"><g></g></svg>',
			width: 10,
			height: 5
		});
	});
	it('wraps words', () => {
		expect(wrapWords('one two three four', 9)).toEqual(['one two', 'three', 'four']);
	});
});

// Rendering and rasterising the real timeline takes a few seconds on a busy 2-core machine.
describe('the share image', { timeout: 30_000 }, () => {
	it('is the real timeline, styled, with no CSS variable left for the rasteriser', () => {
		const svg = timelineShareSvg(content);
		expect(svg).not.toContain('var(--');
		expect(svg).toContain('data-event="');
		expect(svg).toMatch(/\.bar\.svelte-[a-z0-9]+/);
	});

	it('is a 1200x630 PNG showing the highlighted events in their category colours', () => {
		const { png, width, height, pixels } = timelineSharePng(content);
		expect([width, height]).toEqual([1200, 630]);
		expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
		const colours = new Map<string, number>();
		for (let i = 0; i < pixels.length; i += 4) {
			const key = [pixels[i], pixels[i + 1], pixels[i + 2]]
				.map((v) => (v ?? 0).toString(16).padStart(2, '0'))
				.join('');
			colours.set(key, (colours.get(key) ?? 0) + 1);
		}
		// Light scheme: background, and the focused events of the overview step (election: blue,
		// teargas and the storming: protest orange).
		expect(colours.get('fbfaf7')).toBeGreaterThan(1200 * 630 * 0.4);
		expect(colours.get('0067a3') ?? 0).toBeGreaterThan(200);
		expect(colours.get('c1440e') ?? 0).toBeGreaterThan(200);
		// Text was drawn: the headline's dark ink.
		expect(colours.get('1b1c1e') ?? 0).toBeGreaterThan(500);
	});

	it('has its text drawn, with the project’s own font: the same on every machine', () => {
		// The fonts are the npm package's files, not the machine's.
		for (const file of shareFontFiles()) {
			expect(file.split(path.sep).join('/')).toMatch(
				/\/dejavu-fonts-ttf\/ttf\/DejaVuSans[\w-]*\.ttf$/
			);
		}
		const svg = timelineShareSvg(content);
		const withText = rasterise(svg).pixels;
		// The same image with every text element taken out: what a machine without fonts drew.
		const noText = rasterise(svg.replace(/<text\b[\s\S]*?<\/text>/g, '')).pixels;
		const differing = (y0: number, y1: number) => {
			let n = 0;
			for (let i = y0 * 1200 * 4; i < y1 * 1200 * 4; i += 4) {
				if (withText[i] !== noText[i] || withText[i + 1] !== noText[i + 1]) n++;
			}
			return n;
		};
		// The headline (two lines of 42 px bold above the chart) and the credit line at the foot.
		expect(differing(20, 140), 'headline pixels').toBeGreaterThan(5000);
		expect(differing(590, 630), 'credit-line pixels').toBeGreaterThan(1000);
		// The chart's own labels (day names, hours, event titles).
		expect(differing(150, 560), 'chart label pixels').toBeGreaterThan(2000);
	});
});
