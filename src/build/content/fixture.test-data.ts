/**
 * The content loader's test fixture: copies of the minimal valid content folder
 * (tests/fixtures/content/valid), each broken one way, and the problems the loader reports.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { ContentError } from './errors';
import { loadContent } from './load';

export const VALID = path.resolve('tests/fixtures/content/valid');
const temps: string[] = [];

afterEach(() => {
	for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the valid fixture, as `<tmp>/content`, so relative paths read `content/...`. */
export function copyFixture(): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-test-'));
	temps.push(root);
	const dir = path.join(root, 'content');
	fs.cpSync(VALID, dir, { recursive: true });
	return dir;
}

/** Replaces `from` with `to` in one file of the copy; fails loudly if `from` is not there. */
export function edit(dir: string, file: string, from: string, to: string): void {
	const full = path.join(dir, file);
	const text = fs.readFileSync(full, 'utf8');
	if (!text.includes(from)) throw new Error(`test setup: "${from}" is not in ${file}`);
	fs.writeFileSync(full, text.replace(from, to));
}

/** Loads a broken copy and returns the ContentError (fails the test if it loads). */
export function problemsAfter(change: (dir: string) => void): ContentError {
	const dir = copyFixture();
	change(dir);
	try {
		loadContent(dir);
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error('expected the content to be rejected, but it loaded');
}

/** The message for a single change, asserting it is the only problem. */
export function onlyProblem(change: (dir: string) => void): string {
	const error = problemsAfter(change);
	expect(error.problems, error.message).toHaveLength(1);
	return error.message;
}
