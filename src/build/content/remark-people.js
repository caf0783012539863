/**
 * mdsvex (remark) plugin: links every mention of a person named in `content/data/people.yaml`
 * in the story's prose to their card in "Who's who" on the story page (`<base>/#person-<id>`).
 * Full names are matched before surnames, so "Sooronbai Jeenbekov" becomes one link, not two.
 *
 * The link names the story page, not just the fragment, because the same prose is shown in the
 * presenter view (`/present/`), where there is no Who's who: a bare `#person-<id>` there would go
 * nowhere without JavaScript. On the story page the address differs only in its fragment, so the
 * browser stays on the page and scrolls to the card. With JavaScript, a dialog opens instead on
 * either page (people/PersonDialog.svelte). The prerender's missing-id check
 * (`handleMissingId: 'fail'`) fails the build if a link names a card the story page lacks.
 *
 * Plain JavaScript because svelte.config.js loads it directly in Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * @typedef {{ id: string, name: string }} PersonName
 */

/**
 * Reads the people's names and ids (only these two fields; the full checks run in the loader).
 * @param {string} contentDir
 * @returns {PersonName[]}
 */
export function readPeople(contentDir) {
	const file = path.join(contentDir, 'data', 'people.yaml');
	if (!fs.existsSync(file)) return [];
	const data = parse(fs.readFileSync(file, 'utf8'));
	return Array.isArray(data)
		? data.filter((p) => p && typeof p.id === 'string' && typeof p.name === 'string')
		: [];
}

/**
 * Builds the matcher: full names first, then surnames (the last word of a name).
 * @param {PersonName[]} people
 */
export function mentionPattern(people) {
	/** @type {Map<string, string>} */
	const byName = new Map();
	for (const p of people) byName.set(p.name, p.id);
	for (const p of people) {
		const surname = p.name.split(/\s+/).pop();
		if (surname && !byName.has(surname)) byName.set(surname, p.id);
	}
	const names = [...byName.keys()].sort((a, b) => b.length - a.length);
	const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return { byName, regex: new RegExp(`\\b(${escaped.join('|')})\\b`, 'g') };
}

/**
 * The remark plugin. `storyPage` is the story page's path, SvelteKit's `paths.base` followed by
 * "/" (e.g. "/graphics/kyrgyzstan/"), so links respect BASE_PATH; "" for the single-file offline
 * build, whose hash router has no page paths (there the links stay in-page fragments).
 * @param {{ contentDir: string, storyPage?: string }} options
 */
export function remarkPeople({ contentDir, storyPage = '' }) {
	const people = readPeople(contentDir);
	if (!people.length) return () => {};
	const { byName, regex } = mentionPattern(people);

	/** @param {any} node */
	function walk(node) {
		if (!node.children) return;
		if (node.type === 'link' || node.type === 'heading') return;
		/** @type {any[]} */
		const next = [];
		for (const child of node.children) {
			if (child.type !== 'text') {
				walk(child);
				next.push(child);
				continue;
			}
			let last = 0;
			const text = child.value;
			for (const m of text.matchAll(regex)) {
				const index = m.index ?? 0;
				if (index > last) next.push({ type: 'text', value: text.slice(last, index) });
				next.push({
					type: 'link',
					url: `${storyPage}#person-${byName.get(m[0])}`,
					title: null,
					data: { hProperties: { className: ['person-link'] } },
					children: [{ type: 'text', value: m[0] }]
				});
				last = index + m[0].length;
			}
			if (last < text.length) next.push({ type: 'text', value: text.slice(last) });
		}
		node.children = next;
	}

	return (/** @type {any} */ tree) => walk(tree);
}
