/**
 * Content problems, worded for the journalists who edit `content/`: where the problem is (file,
 * line, entry, field), what is wrong, and how to fix it. Build time only (Node).
 */

/** One problem found in the content. */
export interface Problem {
	/** Path relative to the project root, e.g. `content/data/events.yaml`. */
	file: string;
	/** 1-based line in that file, when known. */
	line?: number;
	/** The entry's id (or "entry 3" when it has none), when the problem is inside one entry. */
	entry?: string;
	/** The field, e.g. `quote` or `when.note` or `people (item 2)`. */
	field?: string;
	/** What is wrong, as a sentence fragment, e.g. `these words are not in the report: "…"`. */
	message: string;
	/** How to fix it, as a full sentence. */
	fix: string;
}

/** One problem as a single readable line (no trailing newline). */
export function formatProblem(problem: Problem): string {
	let where = problem.file;
	if (problem.line !== undefined) where += `, line ${problem.line}`;
	if (problem.entry !== undefined) where += `, entry "${problem.entry}"`;
	if (problem.field !== undefined) where += `, field "${problem.field}"`;
	return `${where}: ${problem.message}. ${problem.fix}`;
}

/** Thrown by `loadContent` with every problem found (not just the first). */
export class ContentError extends Error {
	readonly problems: Problem[];

	/** Builds the readable multi-line message from the list of problems. */
	constructor(problems: Problem[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		const list = problems.map((problem, i) => `${i + 1}. ${formatProblem(problem)}`).join('\n');
		super(
			`The story content has ${count}. Fix ${problems.length === 1 ? 'it' : 'them'} and save; ` +
				`see content/README.md for help.\n\n${list}\n`
		);
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** Collects problems while the loader keeps going, so one run reports all of them. */
export class Problems {
	readonly list: Problem[] = [];

	/** Records one problem. */
	add(problem: Problem): void {
		this.list.push(problem);
	}

	/** Throws a `ContentError` if anything was recorded. */
	throwIfAny(): void {
		if (this.list.length > 0) throw new ContentError(this.list);
	}
}
