/**
 * Mine statuses as the charts show them: order, words, colour token and a shape for each, so
 * status is never told by colour alone (cross = halted, filled burst = attempted attack, repelled,
 * outlined burst = apparent break-in, ring = threatened, disc = operating). The words keep the
 * report's hedges ("attempted", "appeared"): never a bare "attacked". Pure data and functions.
 */
import { curveLinearClosed, line, lineRadial, symbol, symbolCircle } from 'd3-shape';
import type { Mine, MineStatus } from '$lib/content/types';
import { STATUSES } from '$lib/content/vocabulary';
import { wrapText, type MeasureText } from '../shared/text';
import { flowLines, LIST_LINE, NOTE_HEIGHT, type PanelMeasure } from './layout';

/** The word written next to a status (lower case, as in running text). */
export const STATUS_LABEL: Record<MineStatus, string> = {
	halted: 'halted',
	'attempted-attack-repelled': 'attempted attack, repelled',
	'apparent-break-in': 'apparent break-in',
	threatened: 'threatened',
	operating: 'operating'
};

/**
 * The status as written beside a mark on the map, where room is short: still with its hedge
 * ("attempted", "apparent"); the full words are in the status list, the popover and the table.
 */
export const STATUS_SHORT: Record<MineStatus, string> = {
	...STATUS_LABEL,
	'attempted-attack-repelled': 'attempted attack'
};

/** The colour token of a status. */
export function statusColor(status: MineStatus): string {
	return `var(--status-${status})`;
}

/** How a status icon is drawn: filled shape, or stroked outline. */
export interface StatusShape {
	d: string;
	/** True: fill the path; false: stroke it (width `stroke`). */
	filled: boolean;
	stroke: number;
}

/** Round to 2 decimals for compact path data. */
const r2 = (v: number) => Math.round(v * 100) / 100;

/** Path data with two decimals at most (d3-shape's generators round with `digits`). */
const cross = line().digits(2);
const burst = lineRadial().curve(curveLinearClosed).digits(2);
const disc = (radius: number) => symbol(symbolCircle, Math.PI * radius * radius).digits(2)() ?? '';

/** An eight-point burst of outer radius `r`, centred on (0, 0). */
function burstPath(r: number): string {
	const points = Array.from({ length: 16 }, (_, i): [number, number] => [
		(Math.PI * i) / 8,
		i % 2 === 0 ? r : r * 0.45
	]);
	return burst(points) ?? '';
}

/**
 * The icon of a status as a path centred on (0, 0), `size` px across, drawn with d3-shape:
 * halted = a cross, attempted attack (repelled) = a filled eight-point burst, apparent break-in = the
 * same burst in outline (less certain, drawn lighter), threatened = a ring, operating = a disc.
 */
export function statusShape(status: MineStatus, size: number): StatusShape {
	const h = size / 2;
	switch (status) {
		case 'halted': {
			const a = h * 0.72;
			const d =
				(cross([
					[-a, -a],
					[a, a]
				]) ?? '') +
				(cross([
					[a, -a],
					[-a, a]
				]) ?? '');
			return { d, filled: false, stroke: Math.max(2, r2(size * 0.22)) };
		}
		case 'attempted-attack-repelled':
			return { d: burstPath(h), filled: true, stroke: 0 };
		case 'apparent-break-in': {
			const stroke = Math.max(1.5, r2(size * 0.12));
			return { d: burstPath(h - stroke / 2), filled: false, stroke };
		}
		case 'threatened': {
			const stroke = Math.max(2, r2(size * 0.2));
			return { d: disc(h - stroke / 2), filled: false, stroke };
		}
		case 'operating':
			return { d: disc(h * 0.8), filled: true, stroke: 0 };
	}
}

/** Mines grouped by status, in `STATUSES` order, keeping content order inside each group. */
export function groupByStatus(mines: Mine[]): { status: MineStatus; mines: Mine[] }[] {
	return STATUSES.map((status) => ({
		status,
		mines: mines.filter((m) => m.status === status)
	}));
}

/**
 * Whether a mine is in the light in this state: focused ones are; with no focus, all are (the
 * overview and the summary show the whole picture).
 */
export function isHighlighted(mine: { id: string }, focus: readonly string[]): boolean {
	return focus.length === 0 || focus.includes(mine.id);
}

/** Whether a mine's status word is written on the map: for focused mines, and for all in the summary. */
export function showsStatus(
	mine: { id: string },
	state: { focus: readonly string[]; summary: boolean }
): boolean {
	return state.summary || state.focus.includes(mine.id);
}

/** Font size (px) of the compact status list, and the room its icon takes. */
export const LIST_SIZE = 13;
export const LIST_ICON = 22;

/** "halted" → "Halted". */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One item of the compact status list: "Halted: Jeruy, Bozymchak" or "2 halted". */
export interface ListItem {
	status: MineStatus;
	mines: Mine[];
	/** "Halted" (written before the names). */
	head: string;
	/** "Jeruy, Bozymchak". */
	names: string;
	/** "2 halted". */
	count: string;
	/** Estimated widths (px) with names and with the count only. */
	widthWithNames: number;
	widthCount: number;
}

/** The compact status list's items, with their estimated widths. */
export function listItems(mines: Mine[], measure: MeasureText): ListItem[] {
	return groupByStatus(mines)
		.filter((g) => g.mines.length > 0)
		.map(({ status, mines: group }) => {
			// The compact list under a phone's map uses the short words (hedge kept).
			const head = capitalise(STATUS_SHORT[status]);
			const names = group.map((m) => m.name).join(', ');
			const count = `${group.length} ${STATUS_SHORT[status]}`;
			return {
				status,
				mines: group,
				head,
				names,
				count,
				widthWithNames: Math.ceil(
					LIST_ICON + measure(`${head}: `, LIST_SIZE, 700) + measure(names, LIST_SIZE)
				),
				widthCount: Math.ceil(LIST_ICON + measure(count, LIST_SIZE, 700))
			};
		});
}

/** Status chart metrics (px): line height, group head, title, indent of the items, column gap. */
export const CHART_LINE = 17;
export const CHART_HEAD = 22;
export const CHART_TITLE = 26;
export const CHART_INDENT = 20;
export const CHART_GAP = 16;
/** Space under each item and under each group. */
export const CHART_ITEM_GAP = 4;
export const CHART_GROUP_GAP = 6;

/** The second line of a status chart item: operator and operator's country. */
export function operatorLine(mine: Mine): string {
	return `${mine.operator} · ${mine.operatorCountry}`;
}

/** Split the status groups into `columns` columns, in order (e.g. 4 groups in 2 columns: 2 + 2). */
export function chartColumns<T>(groups: T[], columns: number): T[][] {
	const per = Math.ceil(groups.length / Math.max(1, columns));
	const out: T[][] = [];
	for (let i = 0; i < groups.length; i += per) out.push(groups.slice(i, i + per));
	return out;
}

/** "Kyrgyzaltyn (state-owned)" → "Kyrgyzaltyn": a text without its bracketed asides. */
export function plain(text: string): string {
	return text.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
}

/** The off-map note of a mine with no position, after its "No location given:" lead. */
export function offMapText(mine: Mine): string {
	const name = mine.name.charAt(0).toLowerCase() + mine.name.slice(1);
	return `${name} (${plain(mine.operator)}) · ${STATUS_LABEL[mine.status]}`;
}

/** Lead of the off-map note. */
export const OFF_MAP_LEAD = 'No location given:';
/** Off-map note metrics (px): line height, padding plus icon room. */
export const NOTE_LINE = 17;
export const NOTE_INSET = 44;

/** Estimated heights of the status panel in its forms, for `minesLayout`. */
export function panelHeights(mines: Mine[], measure: MeasureText): PanelMeasure {
	const offMap = mines.filter((m) => !m.position);
	const items = listItems(mines, measure);
	const groups = groupByStatus(mines).filter((g) => g.mines.length > 0);
	const lines = (text: string, width: number, weight: number) =>
		wrapText(text, width, (t) => measure(t, LIST_SIZE, weight)).length;
	return {
		list: (width, names) =>
			flowLines(
				items.map((i) => (names ? i.widthWithNames : i.widthCount)),
				width
			) * LIST_LINE,
		chart: (width, columns) => {
			const colW = (width - (columns - 1) * CHART_GAP) / columns - CHART_INDENT;
			const heights = chartColumns(groups, columns).map((col) =>
				col.reduce(
					(sum, g) =>
						sum +
						CHART_HEAD +
						CHART_GROUP_GAP +
						g.mines.reduce(
							(s, m) =>
								s +
								CHART_ITEM_GAP +
								CHART_LINE * (lines(m.name, colW, 700) + lines(operatorLine(m), colW, 400)),
							0
						),
					0
				)
			);
			return CHART_TITLE + Math.max(0, ...heights);
		},
		note: (width) =>
			offMap.reduce((sum, m) => {
				const words = `${OFF_MAP_LEAD} ${offMapText(m)}`;
				const n = wrapText(words, width - NOTE_INSET, (t) => measure(t, LIST_SIZE, 700)).length;
				return sum + Math.max(NOTE_HEIGHT, n * NOTE_LINE + 10);
			}, 0) || NOTE_HEIGHT
	};
}
