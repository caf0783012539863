/**
 * A short plain-text summary of a timeline state, for embeds and other places without the step's
 * own `graphic` text (which is the primary description and always preferred).
 */
import type { StoryEvent, TimelineState } from '$lib/content/types';
import { formatDayLong, formatHour, parseLocal, STORY_WINDOW } from '../shared/time';
import { sortByTime } from './layout';

const DAY = 86_400_000;

/** "all three days, Sunday 4 to Tuesday 6 October 2020", "Monday 5 October", or a from–to range. */
export function describeWindow(window: TimelineState['window']): string {
	const [from, to] = window ?? STORY_WINDOW;
	const start = parseLocal(from);
	const end = parseLocal(to);
	if (!window || (from === STORY_WINDOW[0] && to === STORY_WINDOW[1])) {
		return 'all three days, Sunday 4 to Tuesday 6 October 2020';
	}
	const midnight = (d: Date) => d.getTime() % DAY === 0;
	if (midnight(start) && end.getTime() - start.getTime() === DAY) return formatDayLong(start);
	const at = (d: Date) => `${formatDayLong(d)} ${formatHour(d)}`;
	return `${at(start)} to ${at(end)} (Kyrgyzstan time)`;
}

/**
 * E.g. "Showing Monday 5 October. 2 events highlighted: Protesters try to break through the gates
 * of government headquarters in Bishkek (on Monday); Police use teargas and water cannon on
 * thousands demanding the election be annulled (on Monday)." Highlighted events are listed in
 * time order, by their full titles, with the time as the report gives it.
 */
export function describeTimeline(state: TimelineState, events: readonly StoryEvent[]): string {
	const focus = new Set(state.focus);
	const shown = sortByTime(events.filter((e) => focus.has(e.id)));
	const head = `Showing ${describeWindow(state.window)}.`;
	if (shown.length === 0) return `${head} No events highlighted.`;
	const items = shown.map(
		(e) => `${e.title} (${e.when.label}${e.when.inferred ? '; time placed from context' : ''})`
	);
	const count = shown.length === 1 ? '1 event highlighted' : `${shown.length} events highlighted`;
	return `${head} ${count}: ${items.join('; ')}.`;
}
