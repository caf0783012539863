/**
 * Loads the corrections log, `content/corrections.yaml`: a list of what changed after publication,
 * each with its date, what changed and why, shown at the end of the story, in the handout and in
 * the offline copy. An entry without a date or a reason stops the build. Build time only (Node).
 */
import path from 'node:path';
import type { CheckContext } from './checking.ts';
import { correctionSchema } from '../../lib/content/schema.ts';
import type { Correction } from '../../lib/content/types';

const MISSING_FIX =
	'Create content/corrections.yaml: a list of what changed after publication, each with date, what and why (see content/README.md). Write [] if nothing has changed yet.';

/** Loads and checks `content/corrections.yaml`; returns its valid entries, newest first. */
export function loadCorrections(ctx: CheckContext, contentDir: string): Correction[] {
	const file = path.join(contentDir, 'corrections.yaml');
	const text = ctx.read(file, MISSING_FIX);
	if (text === undefined) return [];
	const source = ctx.yaml(file, text);
	// An empty file is an empty log; broken YAML is already reported.
	if (source.data === undefined || source.data === null) return [];
	if (!Array.isArray(source.data)) {
		ctx.problems.add({
			file: ctx.rel(file),
			message: 'the file should be a list of corrections',
			fix: 'Start each correction with "- date:" at the beginning of a line, followed by what: and why: on their own indented lines (see content/README.md).'
		});
		return [];
	}
	const entries: Correction[] = [];
	source.data.forEach((item: unknown, index) => {
		const entry = `entry ${index + 1}`;
		const value = ctx.validate(correctionSchema, item, { file, source, pathPrefix: [index], entry });
		if (value) entries.push(value);
	});
	// Newest first; entries of the same day keep the order they have in the file.
	return entries
		.map((value, index) => ({ value, index }))
		.sort((a, b) => b.value.date.localeCompare(a.value.date) || a.index - b.index)
		.map(({ value }) => value);
}
