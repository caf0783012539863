/**
 * The downloads: each data set's CSV columns, and the way back from a CSV record to the entry, so a
 * round trip can be checked. The JSON is the entries as `content` holds them. Pure.
 */
// Relative, not $lib: the end-to-end tests import this module outside Vite.
import { sourcesLabel, sourcesText } from '../content/citation';
import type {
	Casualty,
	Citation,
	Content,
	Mine,
	NextItem,
	OutsideFact,
	Person,
	StoryEvent,
	When
} from '$lib/content/types';
import { toCsv } from './csv';
import { DATASET_LABELS, DATASET_NAMES, type DatasetName } from './labels';

export { DATASET_NAMES, type DatasetName } from './labels';

export interface DatasetEntry {
	events: StoryEvent;
	casualties: Casualty;
	mines: Mine;
	people: Person;
	next: NextItem;
	facts: OutsideFact;
}

/** `about` documents the column in the README. */
export interface Column<T> {
	name: string;
	about: string;
	get: (entry: T) => string;
}

export type FieldReader = (name: string) => string;

interface DatasetSpec<T> {
	label: string;
	columns: Column<T>[];
	/** The inverse of `columns`, for the round trip. */
	read: (field: FieldReader) => T;
}

const LIST_SEPARATOR = '; ';
const list = (ids: readonly string[]) => ids.join(LIST_SEPARATOR);
const unlist = (text: string) => (text === '' ? [] : text.split(LIST_SEPARATOR));
const bool = (b: boolean) => (b ? 'true' : 'false');
const unbool = (text: string) => text === 'true';
const optional = (text: string | undefined) => text ?? '';

function withOptional<T extends object, K extends string>(
	object: T,
	key: K,
	value: string
): T & Partial<Record<K, string>> {
	return value === '' ? object : { ...object, [key]: value };
}

function whenColumns<T>(prefix: string, pick: (entry: T) => When, what: string): Column<T>[] {
	return [
		{
			name: `${prefix}_day`,
			about: `Day ${what}, YYYY-MM-DD, Kyrgyzstan time (UTC+6)`,
			get: (e) => pick(e).day
		},
		{
			name: `${prefix}_part`,
			about:
				'Part of the day: day (only the day is known), early-morning, morning, afternoon, evening or night',
			get: (e) => pick(e).part
		},
		{
			name: `${prefix}_label`,
			about: 'The time in words, as the report gives it',
			get: (e) => pick(e).label
		},
		{
			name: `${prefix}_inferred`,
			about: 'true when the report does not state the time and it was placed from context',
			get: (e) => bool(pick(e).inferred)
		},
		{
			name: `${prefix}_note`,
			about: 'Why the time is what it is (empty when there is nothing to add)',
			get: (e) => optional(pick(e).note)
		},
		{
			name: `${prefix}_fact`,
			about:
				'Id of the outside fact (see facts.csv) that gives the part of the day when the report does not; empty otherwise',
			get: (e) => optional(pick(e).fact)
		}
	];
}

function readWhen(prefix: string, field: FieldReader): When {
	return withOptional(
		withOptional(
			{
				day: field(`${prefix}_day`),
				part: field(`${prefix}_part`) as When['part'],
				label: field(`${prefix}_label`),
				inferred: unbool(field(`${prefix}_inferred`))
			},
			'note',
			field(`${prefix}_note`)
		),
		'fact',
		field(`${prefix}_fact`)
	);
}

function sourceColumns<T extends { quote: string; paragraph: number }>(): Column<T>[] {
	return [
		{
			name: 'quote',
			about: 'The words of the Reuters report this row rests on, verbatim',
			get: (e) => e.quote
		},
		{
			name: 'paragraph',
			about: 'The paragraph of the report the quote is in, numbered from 1',
			get: (e) => String(e.paragraph)
		}
	];
}

const readSource = (field: FieldReader) => ({
	quote: field('quote'),
	paragraph: Number(field('paragraph'))
});

const events: DatasetSpec<StoryEvent> = {
	label: DATASET_LABELS.events,
	columns: [
		{ name: 'id', about: 'Stable identifier', get: (e) => e.id },
		{ name: 'title', about: 'The event in one line', get: (e) => e.title },
		{
			name: 'chart_label',
			about: 'The event in a few words, as the timeline labels it',
			get: (e) => e.chartLabel
		},
		{
			name: 'category',
			about: 'election, protest, prisoners, government, economy or international',
			get: (e) => e.category
		},
		...whenColumns<StoryEvent>('when', (e) => e.when, 'of the event'),
		{
			name: 'people',
			about: 'Ids of the people involved (see people.csv), separated by "; "',
			get: (e) => list(e.people)
		},
		...sourceColumns<StoryEvent>()
	],
	read: (field) => ({
		id: field('id'),
		title: field('title'),
		chartLabel: field('chart_label'),
		category: field('category') as StoryEvent['category'],
		when: readWhen('when', field),
		people: unlist(field('people')),
		...readSource(field)
	})
};

const casualties: DatasetSpec<Casualty> = {
	label: DATASET_LABELS.casualties,
	columns: [
		{ name: 'id', about: 'Stable identifier', get: (e) => e.id },
		{ name: 'kind', about: 'killed or wounded', get: (e) => e.kind },
		{ name: 'count', about: 'The number the report gives', get: (e) => String(e.count) },
		{ name: 'unit', about: 'person or people', get: (e) => e.unit },
		...whenColumns<Casualty>('as_of', (e) => e.asOf, 'the figure was given for'),
		{
			name: 'reported_by',
			about: 'Who gave the figure, as the report says',
			get: (e) => e.reportedBy
		},
		...sourceColumns<Casualty>()
	],
	read: (field) => ({
		id: field('id'),
		kind: field('kind') as Casualty['kind'],
		count: Number(field('count')),
		unit: field('unit'),
		asOf: readWhen('as_of', field),
		reportedBy: field('reported_by'),
		...readSource(field)
	})
};

const mines: DatasetSpec<Mine> = {
	label: DATASET_LABELS.mines,
	columns: [
		{ name: 'id', about: 'Stable identifier', get: (e) => e.id },
		{ name: 'name', about: 'The site as readers know it', get: (e) => e.name },
		{ name: 'operator', about: 'Who runs it, as the report says', get: (e) => e.operator },
		{
			name: 'operator_country',
			about: "The operator's country as the report gives it",
			get: (e) => e.operatorCountry
		},
		{ name: 'mineral', about: 'What is mined', get: (e) => e.mineral },
		{ name: 'happened', about: 'What happened there, in one line', get: (e) => e.happened },
		{
			name: 'status',
			about:
				'halted, attempted-attack-repelled (the company said it repelled an attempted attack), apparent-break-in (the report says a group appeared to have broken in), threatened or operating',
			get: (e) => e.status
		},
		{
			name: 'lat',
			about:
				'Latitude (WGS84) from the outside fact named in position_fact (its citations are in facts.csv), not from the report; empty when not placed',
			get: (e) => (e.position ? String(e.position.lat) : '')
		},
		{
			name: 'lon',
			about: 'Longitude (WGS84); empty when not placed',
			get: (e) => (e.position ? String(e.position.lon) : '')
		},
		{
			name: 'position_approximate',
			about:
				'true when the position is approximate (for example a town or city, not the site itself)',
			get: (e) => (e.position ? bool(e.position.approximate) : '')
		},
		{
			name: 'position_note',
			about: 'What the point is (for example a town, not the plant)',
			get: (e) => optional(e.position?.note)
		},
		{
			name: 'position_fact',
			about: 'Id of the outside fact the position comes from (its citations are in facts.csv)',
			get: (e) => e.position?.fact ?? ''
		},
		{
			name: 'events',
			about: 'Ids of related events (see events.csv), separated by "; "',
			get: (e) => list(e.events)
		},
		...sourceColumns<Mine>()
	],
	read: (field) => ({
		id: field('id'),
		name: field('name'),
		operator: field('operator'),
		operatorCountry: field('operator_country'),
		mineral: field('mineral'),
		happened: field('happened'),
		status: field('status') as Mine['status'],
		position:
			field('position_fact') === ''
				? null
				: withOptional(
						{
							lat: Number(field('lat')),
							lon: Number(field('lon')),
							approximate: unbool(field('position_approximate')),
							fact: field('position_fact')
						},
						'note',
						field('position_note')
					),
		events: unlist(field('events')),
		...readSource(field)
	})
};

const people: DatasetSpec<Person> = {
	label: DATASET_LABELS.people,
	columns: [
		{ name: 'id', about: 'Stable identifier', get: (e) => e.id },
		{ name: 'name', about: 'Name as the report gives it', get: (e) => e.name },
		{ name: 'role', about: 'Role as the report describes it', get: (e) => e.role },
		...sourceColumns<Person>()
	],
	read: (field) => ({
		id: field('id'),
		name: field('name'),
		role: field('role'),
		...readSource(field)
	})
};

/** Citations in full for people, and as JSON for programs (the round trip). */
function citationColumns<T extends { citations: Citation[] }>(): Column<T>[] {
	return [
		{
			name: 'sources',
			about:
				'Every source in full, one per line: outlet (or the original outlet of a republication), title, date of publication, who republished it, and the address in <angle brackets>',
			get: (e) => sourcesText(e.citations)
		},
		{
			name: 'citations_json',
			about:
				'The same sources as a JSON list of {outlet, date, title, url, republishes, kind, note} (fields a source lacks are left out)',
			get: (e) => JSON.stringify(e.citations)
		}
	];
}

function readCitations(field: FieldReader): { citations: Citation[]; source: string } {
	const citations = JSON.parse(field('citations_json') || '[]') as Citation[];
	return { citations, source: sourcesLabel(citations) };
}

const next: DatasetSpec<NextItem> = {
	label: DATASET_LABELS.next,
	columns: [
		{ name: 'id', about: 'Stable identifier', get: (e) => e.id },
		{ name: 'date', about: 'When it happened, as displayed', get: (e) => e.date },
		{ name: 'text', about: 'What happened, from later reports', get: (e) => e.text },
		...citationColumns<NextItem>()
	],
	read: (field) => ({
		id: field('id'),
		date: field('date'),
		text: field('text'),
		...readCitations(field)
	})
};

const facts: DatasetSpec<OutsideFact> = {
	label: DATASET_LABELS.facts,
	columns: [
		{
			name: 'id',
			about: 'Stable identifier (mines.csv position_fact refers to it)',
			get: (e) => e.id
		},
		{ name: 'fact', about: 'What the fact is about', get: (e) => e.fact },
		{ name: 'value', about: 'The fact', get: (e) => e.value },
		...citationColumns<OutsideFact>()
	],
	read: (field) => ({
		id: field('id'),
		fact: field('fact'),
		value: field('value'),
		...readCitations(field)
	})
};

export const datasets: { [K in DatasetName]: DatasetSpec<DatasetEntry[K]> } = {
	events,
	casualties,
	mines,
	people,
	next,
	facts
};

export function isDatasetName(name: string): name is DatasetName {
	return (DATASET_NAMES as readonly string[]).includes(name);
}

export function entriesOf<K extends DatasetName>(content: Content, name: K): DatasetEntry[K][] {
	return content[name] as DatasetEntry[K][];
}

export function datasetCsv(content: Content, name: DatasetName): string {
	const spec = datasets[name] as DatasetSpec<DatasetEntry[DatasetName]>;
	const rows = entriesOf(content, name).map((entry) => spec.columns.map((c) => c.get(entry)));
	return toCsv(
		spec.columns.map((c) => c.name),
		rows
	);
}

export function datasetJson(content: Content, name: DatasetName): string {
	return JSON.stringify(entriesOf(content, name), null, '\t') + '\n';
}

export function entriesFromRecords<K extends DatasetName>(
	name: K,
	records: readonly Record<string, string>[]
): DatasetEntry[K][] {
	const spec = datasets[name] as DatasetSpec<DatasetEntry[K]>;
	return records.map((record) => spec.read((column) => record[column] ?? ''));
}
