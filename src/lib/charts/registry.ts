/**
 * Which component draws which chart. Every chart takes the same props: the state to show, the
 * size of its box, and how to link a paragraph of the report. Views (story, embeds, presenter)
 * look charts up here by the section's `chart` name and never import a chart directly.
 */
import type { Component } from 'svelte';
import type { ChartName, ChartState } from '$lib/content/types';
import TimelineChart from './timeline/TimelineChart.svelte';
import CasualtiesChart from './casualties/CasualtiesChart.svelte';
import MinesChart from './mines/MinesChart.svelte';

export interface ChartProps<S extends ChartState = ChartState> {
	/** The state to show (from the active step). */
	state: S;
	/** Width of the chart's box in CSS pixels. */
	width: number;
	/** Height of the chart's box in CSS pixels. */
	height: number;
	/** Link to paragraph `n` of the original report. */
	reportHref?: (paragraph: number) => string;
}

// Each chart narrows `state` to its own kind; the registry only ever pairs a chart with states of
// its own section, which the content loader checks at build time.
export const charts = {
	timeline: TimelineChart,
	casualties: CasualtiesChart,
	mines: MinesChart
} as unknown as Record<ChartName, Component<ChartProps>>;
