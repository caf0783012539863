/**
 * Shared machinery for the content checks: reading files (and remembering them for the watcher),
 * project-relative paths, and turning schema failures into problems. Build time only (Node).
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { Problems } from './errors.ts';
import { describeIssue } from './issues.ts';
import { parseYaml, type YamlSource } from './yaml-source.ts';

/** State shared by every check during one `loadContent` run. */
export class CheckContext {
	readonly problems = new Problems();
	/** Absolute paths of every file read. */
	readonly files: string[] = [];

	/** `root` is the project root (the parent of the content folder). */
	constructor(readonly root: string) {}

	/** Path relative to the project root, with forward slashes, e.g. `content/data/events.yaml`. */
	rel(file: string): string {
		return path.relative(this.root, file).split(path.sep).join('/');
	}

	/** Reads a text file, or records a "missing" problem and returns undefined. */
	read(file: string, missingFix: string): string | undefined {
		if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
			this.problems.add({ file: this.rel(file), message: 'the file is missing', fix: missingFix });
			return undefined;
		}
		this.files.push(file);
		return fs.readFileSync(file, 'utf8');
	}

	/** Parses YAML text, recording syntax errors (with their lines); undefined data when broken. */
	yaml(file: string, text: string, firstLine = 1): YamlSource {
		const source = parseYaml(text, firstLine);
		for (const error of source.syntaxErrors) {
			this.problems.add({
				file: this.rel(file),
				line: error.line,
				message: `the YAML cannot be read: ${error.message}`,
				fix: 'Check the indentation, the colons after field names and the quotes around text on that line (and the line above).'
			});
		}
		return source;
	}

	/**
	 * Validates `value` against `schema`, recording each failure. `pathPrefix` is where `value`
	 * sits in the YAML (for line numbers and field names); `entry` names the entry, if any.
	 */
	validate<S extends v.GenericSchema>(
		schema: S,
		value: unknown,
		where: { file: string; source: YamlSource; pathPrefix?: (string | number)[]; entry?: string; fieldPrefix?: string[] }
	): v.InferOutput<S> | undefined {
		const result = v.safeParse(schema, value, { abortEarly: false, abortPipeEarly: true });
		if (result.success) return result.output;
		const prefix = where.pathPrefix ?? [];
		for (const issue of result.issues) {
			const described = describeIssue(issue, schema);
			this.problems.add({
				file: this.rel(where.file),
				line: where.source.lineOf([...prefix, ...described.path]),
				entry: where.entry,
				field: fieldName([...(where.fieldPrefix ?? []), ...described.path]) || undefined,
				message: described.message,
				fix: described.fix
			});
		}
		return undefined;
	}
}

/** A field path for people: `when.note`, `people (item 2)`, `state.window (item 1)`. */
export function fieldName(segments: readonly (string | number)[]): string {
	let out = '';
	for (const segment of segments) {
		if (typeof segment === 'number') out += ` (item ${segment + 1})`;
		else out += (out ? '.' : '') + segment;
	}
	return out;
}

/** " Did you mean "x"?" when one of `known` is a near miss for `wanted`, else "". */
export function suggest(wanted: string, known: Iterable<string>): string {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of known) {
		const distance = editDistance(wanted, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(wanted.length / 3))
		? ` Did you mean "${best}"?`
		: '';
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost
			);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}
