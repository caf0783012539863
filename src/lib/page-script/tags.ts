/** A page script's tags: the files as a JSON block, then the inline loader (`page-loader.js`). */
import { FILES_ATTRIBUTE, PAGE_LOADER } from './page-loader.js';

/** The entry modules, from the project root (also their client manifest keys). */
export const PAGE_SCRIPTS = {
	story: 'src/lib/story/entry.ts',
	embed: 'src/lib/embed/embed-entry.ts'
} as const;

export type PageScript = keyof typeof PAGE_SCRIPTS;

/** Paths under the site root (`_app/immutable/…`). */
export interface ScriptFiles {
	entry: string;
	preload: string[];
}

/** Nothing without files (the offline copy). */
export function scriptTags(files: ScriptFiles | undefined, root: string): string {
	if (!files) return '';
	const href = (file: string) => (file.startsWith('/') ? file : `${root}${file}`);
	const data = JSON.stringify({ entry: href(files.entry), preload: files.preload.map(href) });
	// `<` escaped, so no file name can close the block early.
	return (
		`<script type="application/json" ${FILES_ATTRIBUTE}>${data.replace(/</g, '\\u003c')}</script>` +
		`<script>${PAGE_LOADER}</script>`
	);
}
