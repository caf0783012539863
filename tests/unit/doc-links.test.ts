/**
 * Every link in the project's documents leads somewhere: each relative link to a file or folder
 * that exists, each `#anchor` to a heading of the document it points at (GitHub's anchors:
 * lowercase, punctuation dropped, spaces as hyphens). Documents: README.md and every Markdown file
 * under src/, tests/ and content/ (the story's own prose excepted: the content checker checks its
 * links to the report's paragraphs).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The documents, as paths from the root. */
function documents(): string[] {
	const out = ['README.md'];
	const visit = (dir: string) => {
		for (const entry of readdirSync(path.join(root, dir))) {
			const rel = path.join(dir, entry);
			if (entry === 'node_modules' || entry.startsWith('.')) continue;
			if (statSync(path.join(root, rel)).isDirectory()) {
				// The story's prose (and the test fixture's copy): its links are the content checker's.
				if (!(entry === 'story' && rel.includes('content'))) visit(rel);
			} else if (entry.endsWith('.md')) out.push(rel);
		}
	};
	for (const dir of ['src', 'tests', 'content']) visit(dir);
	return out;
}

/** The Markdown without its code blocks and code spans (their text is not links). */
function withoutCode(text: string): string {
	return text.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading. */
export function slug(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\s-]/gu, '')
		.replace(/\s/g, '-');
}

/** The anchors of a document's headings (repeats numbered -1, -2… as GitHub does). */
function anchors(file: string): Set<string> {
	const text = readFileSync(path.join(root, file), 'utf8').replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
	const seen = new Map<string, number>();
	const out = new Set<string>();
	for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
		const base = slug(m[1]!);
		const n = seen.get(base) ?? 0;
		seen.set(base, n + 1);
		out.add(n === 0 ? base : `${base}-${n}`);
	}
	return out;
}

/** Every link target in a document: inline `[text](target)` and reference `[x]: target`. */
function links(file: string): string[] {
	const text = withoutCode(readFileSync(path.join(root, file), 'utf8'));
	const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
	const refs = [...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]!);
	return [...inline, ...refs];
}

describe('links in the documents', () => {
	const docs = documents();

	it('finds the documents', () => {
		expect(docs).toEqual(
			expect.arrayContaining([
				'README.md',
				'content/README.md',
				'src/README.md',
				'tests/README.md',
				path.join('src', 'docs', 'newsrooms.md'),
				path.join('src', 'docs', 'classroom.md')
			])
		);
	});

	it('makes GitHub anchors', () => {
		expect(slug('Caching at scale')).toBe('caching-at-scale');
		expect(slug('Netlify and Cloudflare Pages: `_headers`')).toBe(
			'netlify-and-cloudflare-pages-_headers'
		);
		expect(slug('Presenting it: `/present/`')).toBe('presenting-it-present');
	});

	for (const doc of docs) {
		it(`every relative link and anchor in ${doc} resolves`, () => {
			const broken: string[] = [];
			for (const target of links(doc)) {
				if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
				const [file = '', anchor] = target.split('#');
				const resolved = file ? path.join(path.dirname(doc), decodeURI(file)) : doc;
				if (!existsSync(path.join(root, resolved))) {
					broken.push(`${target}: no file ${resolved}`);
					continue;
				}
				if (anchor !== undefined) {
					if (!resolved.endsWith('.md')) {
						broken.push(`${target}: an anchor into a file that is not Markdown`);
					} else if (!anchors(resolved).has(anchor)) {
						broken.push(`${target}: no heading "#${anchor}" in ${resolved}`);
					}
				}
			}
			expect(broken).toEqual([]);
		});
	}
});
