/**
 * Shared helpers for the end-to-end tests: the real, checked content (the same loader the build
 * uses), and small page actions that read like what a reader does.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type ConsoleMessage, type Page } from '@playwright/test';
import { loadContent } from '../../../src/build/content/load';
import type { Content, Step } from '../../../src/lib/content/types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The story's content, loaded and checked exactly as the build does. */
export const content: Content = loadContent(path.join(root, 'content')).content;

/** Scroll-driven sections with their steps, in reading order. */
export const scrollySections = content.sections
	.filter((s) => s.chart)
	.map((s) => ({ section: s, steps: content.steps.filter((st) => st.section === s.id) }));

/** Every step that drives a chart, in reading order. */
export const chartSteps: Step[] = scrollySections.flatMap((s) => s.steps);

/** Collects console errors and requests that leave 127.0.0.1, for a test to assert on at the end. */
export function watchPage(page: Page) {
	const errors: string[] = [];
	const offsite: string[] = [];
	page.on('console', (msg: ConsoleMessage) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(String(err)));
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return;
		if (url.hostname !== '127.0.0.1') offsite.push(req.url());
	});
	return { errors, offsite };
}

/** Brings a step's card to the reading position, the way scrolling would. */
export async function scrollToStep(page: Page, id: string) {
	await page.locator(`[data-step="${id}"]`).evaluate((el) => {
		el.scrollIntoView({ block: 'start', behavior: 'instant' });
	});
}

/** Waits until `id` is the active step and its chart shows it, settled. */
export async function expectActive(page: Page, step: Step) {
	const section = content.sections.find((s) => s.id === step.section);
	await expect(page.locator(`[data-step="${step.id}"]`)).toHaveAttribute('aria-current', 'step');
	await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	const figure = page.locator(`figure[data-chart="${section?.chart}"]`);
	await expect(figure).toHaveAttribute('data-state', step.id);
	await expect(figure.locator('[data-settled]').first()).toHaveAttribute('data-settled', 'true');
}
