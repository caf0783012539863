import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './frontmatter';

describe('splitFrontMatter', () => {
	it('splits YAML and body and gives the body line', () => {
		expect(splitFrontMatter('---\nid: a\ntitle: B\n---\n\nText.\n')).toEqual({
			ok: true,
			yaml: 'id: a\ntitle: B',
			yamlLine: 2,
			body: '\nText.\n',
			bodyLine: 5
		});
	});

	it('keeps a "---" inside the body as text', () => {
		const split = splitFrontMatter('---\nid: a\n---\nOne\n---\nTwo');
		expect(split.ok && split.body).toBe('One\n---\nTwo');
	});

	it('fails without an opening or a closing line', () => {
		expect(splitFrontMatter('id: a\n---\n')).toEqual({
			ok: false,
			reason: 'the file does not start with a "---" line'
		});
		expect(splitFrontMatter('---\nid: a\n')).toEqual({
			ok: false,
			reason: 'the front matter has no closing "---" line'
		});
	});
});
