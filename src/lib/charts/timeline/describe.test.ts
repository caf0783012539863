import { describe, expect, it } from 'vitest';
import { describeTimeline, describeWindow } from './describe';
import { FIXTURE } from './fixture.test-data';

describe('describeTimeline', () => {
	it('names the window in words', () => {
		expect(describeWindow(null)).toBe('all three days, Sunday 4 to Tuesday 6 October 2020');
		expect(describeWindow(['2020-10-05T00:00', '2020-10-06T00:00'])).toBe('Monday 5 October');
		expect(describeWindow(['2020-10-05T12:00', '2020-10-06T12:00'])).toBe(
			'Monday 5 October 12:00 to Tuesday 6 October 12:00 (Kyrgyzstan time)'
		);
	});

	it('lists the highlighted events in time order, with the time as the report gives it', () => {
		const text = describeTimeline(
			{
				chart: 'timeline',
				focus: ['hotel', 'storm'],
				window: ['2020-10-06T00:00', '2020-10-07T00:00']
			},
			FIXTURE
		);
		expect(text).toBe(
			'Showing Tuesday 6 October. 2 events highlighted: ' +
				'Event storm with a title long enough to need wrapping on a phone (early-morning of 2020-10-06); ' +
				'Event hotel with a title long enough to need wrapping on a phone (evening of 2020-10-06; time placed from context).'
		);
	});

	it('says so when nothing is highlighted', () => {
		expect(describeTimeline({ chart: 'timeline', focus: [], window: null }, FIXTURE)).toBe(
			'Showing all three days, Sunday 4 to Tuesday 6 October 2020. No events highlighted.'
		);
	});
});
