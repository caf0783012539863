/**
 * Loads the report (article.txt + report.yaml) and the data files (content/data/*.yaml), checking
 * their shape, quotes and ids. Build time only (Node).
 */
import path from 'node:path';
import type * as v from 'valibot';
import { type CheckContext } from './checking.ts';
import { locateQuote, normaliseQuote, splitParagraphs } from './provenance.ts';
import { correctionSchema, reportSchema } from '../../lib/content/schema.ts';
import type { Correction, Paragraph, ParagraphKind, Report } from '../../lib/content/types';
import type { YamlSource } from './yaml-source';

const ARTICLE_FIX =
	'Copy the report, exactly as received, to content/report/article.txt (one paragraph per line).';

/** The report, its paragraph texts, and its raw text (for the numbers check). */
export interface LoadedReport {
	report: Report | undefined;
	paragraphs: string[];
	article: string;
}

/** Loads and checks `content/report/`. */
export function loadReport(ctx: CheckContext, contentDir: string): LoadedReport {
	const articleFile = path.join(contentDir, 'report', 'article.txt');
	const article = ctx.read(articleFile, ARTICLE_FIX) ?? '';
	const paragraphs = splitParagraphs(article);

	const file = path.join(contentDir, 'report', 'report.yaml');
	const text = ctx.read(file, 'Create it: see content/README.md for its fields.');
	if (text === undefined) return { report: undefined, paragraphs, article };
	const source = ctx.yaml(file, text);
	if (source.data === undefined) return { report: undefined, paragraphs, article };
	const meta = ctx.validate(reportSchema, source.data, { file, source });
	if (!meta || paragraphs.length === 0) return { report: undefined, paragraphs, article };

	const kinds = new Map<number, ParagraphKind>();
	meta.kinds.forEach((entry, i) => {
		const where = { file: ctx.rel(file), entry: `kinds (item ${i + 1})` };
		const line = source.lineOf(['kinds', i, 'paragraph']);
		const text = paragraphs[entry.paragraph - 1];
		if (text === undefined) {
			ctx.problems.add({
				...where,
				line,
				field: 'paragraph',
				message: `there is no paragraph ${entry.paragraph}: the report has ${paragraphs.length}`,
				fix: 'Count the non-empty lines of content/report/article.txt from 1.'
			});
			return;
		}
		if (kinds.has(entry.paragraph)) {
			ctx.problems.add({
				...where,
				line,
				field: 'paragraph',
				message: `paragraph ${entry.paragraph} is listed twice`,
				fix: 'Give each paragraph one kind.'
			});
			return;
		}
		if (!normaliseQuote(text).startsWith(normaliseQuote(entry.startsWith))) {
			ctx.problems.add({
				...where,
				line: source.lineOf(['kinds', i, 'startsWith']),
				field: 'startsWith',
				message: `paragraph ${entry.paragraph} starts "${text.slice(0, 60)}…", not "${entry.startsWith}"`,
				fix: 'Check the paragraph number (count the non-empty lines of content/report/article.txt from 1) and copy its first words exactly.'
			});
			return;
		}
		kinds.set(entry.paragraph, entry.kind);
	});

	const report: Report = {
		publisher: meta.publisher,
		date: meta.date,
		dateLabel: meta.dateLabel,
		headline: meta.headline,
		url: meta.url,
		republishedBy: meta.republishedBy,
		credit: meta.credit,
		paragraphs: paragraphs.map(
			(line, i): Paragraph => ({
				n: i + 1,
				anchor: `p-${i + 1}`,
				kind: kinds.get(i + 1) ?? 'body',
				text: line
			})
		)
	};
	return { report, paragraphs, article };
}

/** One data file: its valid entries (with their index in the file) and every id it declares. */
export interface LoadedList<T> {
	entries: { value: T; index: number }[];
	/** Every string id in the file, valid entry or not (so one bad field does not break references). */
	ids: Set<string>;
	/** The raw entries (for the numbers check). */
	raw: unknown[];
	/** False when the file is missing or its YAML cannot be read (skip checks that rely on it). */
	readable: boolean;
	file: string;
	source: YamlSource | undefined;
}

/**
 * Loads `content/data/<name>.yaml`: a list of entries, each checked against `schema`, with unique
 * ids and (when `paragraphs` is given) a quote found in exactly one paragraph of the report.
 */
export function loadList<S extends v.GenericSchema>(
	ctx: CheckContext,
	contentDir: string,
	name: string,
	schema: S,
	paragraphs: readonly string[] | undefined
): LoadedList<v.InferOutput<S> & { paragraph?: number }> {
	const file = path.join(contentDir, 'data', `${name}.yaml`);
	const empty = { entries: [], ids: new Set<string>(), raw: [], file, source: undefined, readable: false };
	const text = ctx.read(file, `Create content/data/${name}.yaml: see content/README.md.`);
	if (text === undefined) return empty;
	const source = ctx.yaml(file, text);
	if (source.data === undefined) return { ...empty, source };
	if (!Array.isArray(source.data)) {
		ctx.problems.add({
			file: ctx.rel(file),
			message: 'the file should be a list of entries',
			fix: 'Start each entry with "- id: …" at the beginning of a line, as in the other data files.'
		});
		return { ...empty, source };
	}
	const raw: unknown[] = source.data;
	const ids = new Set<string>();
	const firstLine = new Map<string, number | undefined>();
	const entries: { value: v.InferOutput<S> & { paragraph?: number }; index: number }[] = [];
	raw.forEach((item, index) => {
		const rawId = item && typeof item === 'object' && 'id' in item ? item.id : undefined;
		const entry = typeof rawId === 'string' ? rawId : `entry ${index + 1}`;
		if (typeof rawId === 'string') {
			if (ids.has(rawId)) {
				ctx.problems.add({
					file: ctx.rel(file),
					line: source.lineOf([index, 'id']),
					entry,
					field: 'id',
					message: `the id "${rawId}" is used twice (first on line ${firstLine.get(rawId)})`,
					fix: 'Give each entry its own id; if it is the same thing, merge the two entries.'
				});
			} else {
				firstLine.set(rawId, source.lineOf([index, 'id']));
			}
			ids.add(rawId);
		}
		const value = ctx.validate(schema, item, { file, source, pathPrefix: [index], entry });
		if (value === undefined) return;
		if (paragraphs && typeof value === 'object' && value !== null && 'quote' in value) {
			const paragraph = checkQuote(ctx, {
				quote: String(value.quote),
				paragraphs,
				file: ctx.rel(file),
				line: source.lineOf([index, 'quote']),
				entry
			});
			if (paragraph === undefined) return;
			entries.push({ value: { ...value, paragraph }, index });
		} else {
			entries.push({ value: value as v.InferOutput<S> & { paragraph?: number }, index });
		}
	});
	return { entries, ids, raw, file, source, readable: true };
}

/** Finds a quote's paragraph, or records why it could not and returns undefined. */
export function checkQuote(
	ctx: CheckContext,
	at: { quote: string; paragraphs: readonly string[]; file: string; line?: number; entry?: string }
): number | undefined {
	if (at.paragraphs.length === 0) return undefined; // article.txt is missing: already reported.
	const found = locateQuote(at.paragraphs, at.quote);
	if (found.found) return found.paragraph;
	const where = { file: at.file, line: at.line, entry: at.entry, field: 'quote' };
	if (found.reason === 'empty') {
		ctx.problems.add({
			...where,
			message: 'is empty',
			fix: 'Copy the words that support this entry from content/report/article.txt.'
		});
	} else if (found.reason === 'ambiguous') {
		ctx.problems.add({
			...where,
			message: `these words occur in more than one paragraph (${found.paragraphs.join(', ')}): "${at.quote}"`,
			fix: 'Copy a few more words from the paragraph you mean, so the quote occurs in only one.'
		});
	} else {
		ctx.problems.add({
			...where,
			message: `these words are not in the report: "${at.quote}"${found.hint}`,
			fix: 'Copy the words exactly from content/report/article.txt (straight or curly quotes are fine).'
		});
	}
	return undefined;
}

/**
 * Loads `content/corrections.yaml`, the corrections log: a list of entries, each with its date,
 * what changed and why (see `correctionSchema`). Entries have no ids: a problem names the entry by
 * its number and date.
 */
export function loadCorrections(ctx: CheckContext, contentDir: string): Correction[] {
	const file = path.join(contentDir, 'corrections.yaml');
	const text = ctx.read(
		file,
		'Create content/corrections.yaml: a list of entries, each with date, what and why (see content/README.md). Write [] if there are none yet.'
	);
	if (text === undefined) return [];
	const source = ctx.yaml(file, text);
	if (source.data === undefined) return [];
	const raw: unknown = source.data ?? [];
	if (!Array.isArray(raw)) {
		ctx.problems.add({
			file: ctx.rel(file),
			message: 'the file should be a list of corrections',
			fix: 'Start each correction with "- date: …" at the beginning of a line, then what: and why: indented by two spaces.'
		});
		return [];
	}
	const out: Correction[] = [];
	raw.forEach((item, index) => {
		const date =
			item && typeof item === 'object' && 'date' in item && typeof item.date === 'string'
				? ` (${item.date})`
				: '';
		const value = ctx.validate(correctionSchema, item, {
			file,
			source,
			pathPrefix: [index],
			entry: `correction ${index + 1}${date}`
		});
		if (value && value.date !== undefined && value.why !== undefined)
			out.push({ date: value.date, what: value.what, why: value.why });
	});
	// Newest first, as readers meet a log (the file may keep any order); stable within a day.
	return out.sort((x, y) => y.date.localeCompare(x.date));
}
