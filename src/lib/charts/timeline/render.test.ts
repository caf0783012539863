/**
 * What a reader (or a screen reader) gets in the prerendered HTML, before any script runs.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { TimelineState } from '$lib/content/types';
import EventsTable from './EventsTable.svelte';
import { FIXTURE } from './fixture.test-data';
import TimelineChart from './TimelineChart.svelte';

const state: TimelineState = {
	chart: 'timeline',
	focus: ['storm', 'seized', 'vote'],
	window: ['2020-10-06T00:00', '2020-10-07T00:00']
};

function html(props: Record<string, unknown>) {
	return render(TimelineChart, {
		props: { state, width: 390, height: 420, events: FIXTURE, ...props }
	}).body;
}

describe('TimelineChart, prerendered', () => {
	it('is an SVG with lane names, the day and the written key, settled', () => {
		const body = html({});
		expect(body).toMatch(/<svg[^>]*role="group"/);
		expect(body).toContain('data-settled="true"');
		for (const lane of ['Election', 'Protest', 'Prisoners', 'Gov’t', 'Economy', 'Int’l']) {
			expect(body).toContain(`>${lane}</text>`);
		}
		expect(body).toContain('Tue 6 Oct');
		expect(body).toContain('stated in report');
		expect(body).toContain('placed from context');
		expect(body).toContain('part of the day');
	});

	it('makes only the highlighted events inside the window into buttons, in time order', () => {
		const body = html({});
		const buttons = [...body.matchAll(/role="button" tabindex="0" aria-label="([^"]+)"/g)].map(
			(m) => m[1]
		);
		// "vote" is on Sunday, outside Tuesday's window: not a button
		expect(buttons).toEqual([
			'Event storm with a title long enough to need wrapping on a phone, early-morning of 2020-10-06',
			'Event seized with a title long enough to need wrapping on a phone, day of 2020-10-06 (placed from context)'
		]);
	});

	it('draws a time placed from context differently (hatched, dashed outline)', () => {
		const body = html({});
		const bar = (id: string) =>
			body.match(new RegExp(`<rect class="bar[^"]*"[^>]*data-event="${id}"[^>]*>`))![0];
		expect(bar('seized')).toMatch(/class="[^"]*focused inferred"/);
		expect(bar('seized')).toMatch(/fill:url\(#[^)]*hatch-protest\);stroke:var\(--cat-protest\)/);
		expect(bar('storm')).not.toMatch(/inferred/);
		expect(bar('storm')).toContain('fill:var(--cat-protest)');
		expect(bar('count')).not.toMatch(/focused/);
		expect(bar('count')).toContain('fill:var(--recede)');
		expect(bar('hotel')).toMatch(/fill:url\(#[^)]*hatch-recede\)/);
	});

	it('without a window shows the three days', () => {
		const body = html({ state: { chart: 'timeline', focus: [], window: null } });
		for (const day of ['Sun 4', 'Mon 5', 'Tue 6']) expect(body).toContain(day);
	});
});

describe('EventsTable, prerendered', () => {
	const body = render(EventsTable, {
		props: { events: FIXTURE, reportHref: (n: number) => `/report#p-${n}` }
	}).body;

	it('has a caption and column headers', () => {
		expect(body).toContain('<caption');
		expect(body).toContain(`All ${FIXTURE.length} events on the timeline`);
		for (const h of ['When', 'What happened', 'Category', 'Source']) {
			expect(body).toMatch(new RegExp(`<th scope="col"[^>]*>${h}</th>`));
		}
	});

	it('has one row per event, in time order, each with an anchor, its quote and its link', () => {
		const ids = [...body.matchAll(/<tr role="row" id="event-([^"]+)"/g)].map((m) => m[1]);
		expect(ids).toHaveLength(FIXTURE.length);
		expect(ids.slice(0, 5)).toEqual(['vote', 'gates', 'teargas', 'storm', 'seized']);
		expect(ids.at(-1)).toBe('bbc');
		expect(body).toMatch(/<q[^>]*>words for storm<\/q>/);
		expect(body).toContain('href="/report#p-3"');
		expect(body).toContain('Paragraph 3 of the report');
	});

	it('marks times placed from context', () => {
		const row = (id: string) => body.split(`id="event-${id}"`)[1]!.split('</tr>')[0]!;
		expect(row('seized')).toContain('(placed from context)');
		expect(row('storm')).not.toContain('(placed from context)');
		expect(row('storm')).toContain('Tue 6 Oct');
	});
});
