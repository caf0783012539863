/**
 * The printed handout's script: the page's address, and each section's graphic in its overview
 * state, drawn when printing starts (never on a reader's screen).
 *
 * Each section carries its print figure as a `<template data-print-template>` (`PrintFigure`):
 * caption and the state in words, prerendered, inert until printing. When printing starts
 * (beforeprint, or the page switching to print media) the figure is copied out of its template
 * and its box filled: with the live chart at print size when its code has arrived, else with the
 * prerendered chart's markup, still in that overview state. Without either (the offline copy
 * before its charts load) the sticky graphic prints instead, as it does without JavaScript.
 */
import type { ChartName } from '$lib/content/types';
import { PRINT_SIZE } from '$lib/charts/shared/prerender-size';
import { liveModule } from '../islands/chart-island';

/** The prerendered chart of `section`, without its ids (they belong to the figure on screen). */
function prerenderedChart(section: Element): string | undefined {
	const island = section.querySelector('figure[data-chart] .island[data-island="static"]');
	return island?.innerHTML.replace(/\s(id|aria-labelledby|aria-describedby)="[^"]*"/g, '');
}

/** Copies each print figure out of its template and draws its chart (once per page). */
function drawFigures(reportHref: (paragraph: number) => string) {
	for (const template of document.querySelectorAll<HTMLTemplateElement>(
		'template[data-print-template]'
	)) {
		if (template.nextElementSibling?.matches('.print-figure')) continue;
		const figure = template.content.firstElementChild?.cloneNode(true);
		if (!(figure instanceof HTMLElement)) continue;
		const box = figure.querySelector<HTMLElement>('.box');
		const chart = figure.dataset.printFigure as ChartName;
		const step = figure.dataset.printState ?? '';
		const section = template.closest('[data-scrolly-section]');
		if (!box || !section) continue;
		template.after(figure);
		if (liveModule()?.drawStill(box, chart, step, PRINT_SIZE, reportHref)) continue;
		const markup = prerenderedChart(section);
		if (markup) box.innerHTML = markup;
		else figure.remove();
	}
}

/** Fills "Read this story online:" with the canonical address, else the one the page has. */
function writeAddress() {
	const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
	// A file opened from disk (the offline copy) has no address worth printing.
	const here = location.protocol.startsWith('http') ? (location.href.split('#')[0] ?? '') : '';
	for (const url of document.querySelectorAll('[data-print-address] .url')) {
		if (!url.textContent) url.textContent = canonical || here;
	}
}

/** Starts listening for printing; returns the function that stops it. */
export function startPrint(reportHref: (paragraph: number) => string): () => void {
	writeAddress();
	const draw = () => drawFigures(reportHref);
	const print = matchMedia('print');
	const onchange = () => print.matches && draw();
	if (print.matches) draw();
	addEventListener('beforeprint', draw);
	print.addEventListener('change', onchange);
	return () => {
		removeEventListener('beforeprint', draw);
		print.removeEventListener('change', onchange);
	};
}
