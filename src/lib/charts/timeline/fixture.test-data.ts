/**
 * A small, made-up set of events for the timeline's unit tests, shaped like the real ones (the
 * real content is tested too, in layout-story.test.ts). Not used by the app.
 */
import type { Category, PartOfDay, StoryEvent } from '$lib/content/types';
import type { LayoutInput } from './layout';

export function ev(
	id: string,
	category: Category,
	day: string,
	part: PartOfDay,
	inferred = false,
	title = `Event ${id} with a title long enough to need wrapping on a phone`,
	chartLabel = `Label of ${id} in a few words`
): StoryEvent {
	return {
		id,
		title,
		chartLabel,
		category,
		when: {
			day,
			part,
			label: `${part} of ${day}`,
			inferred,
			...(inferred ? { note: 'The report does not say when.' } : {})
		},
		people: [],
		quote: `words for ${id}`,
		paragraph: 3
	};
}

export const FIXTURE: StoryEvent[] = [
	ev('vote', 'election', '2020-10-04', 'day'),
	ev('gates', 'protest', '2020-10-05', 'day'),
	ev('teargas', 'protest', '2020-10-05', 'day'),
	ev('storm', 'protest', '2020-10-06', 'early-morning'),
	ev('seized', 'protest', '2020-10-06', 'day', true),
	ev('count', 'protest', '2020-10-06', 'afternoon'),
	ev('hotel', 'protest', '2020-10-06', 'evening', true),
	ev('freed', 'prisoners', '2020-10-06', 'day'),
	ev('speaker', 'government', '2020-10-06', 'evening', true),
	ev('proposed', 'government', '2020-10-06', 'evening'),
	ev('bbc', 'government', '2020-10-06', 'night'),
	ev('embassy', 'international', '2020-10-06', 'day', true)
];

/** The fixture on a phone, zoomed to Tuesday with the storming focused. */
export const TUESDAY_PHONE: LayoutInput = {
	events: FIXTURE,
	width: 390,
	height: 420,
	window: ['2020-10-06T00:00', '2020-10-07T00:00'],
	focus: ['storm']
};
