/**
 * A page's own script tags, for its head: the files as a JSON data block, then the inline loader
 * (`page-loader.js`) that loads them once the first paint is on screen. Paths are under the site's
 * root (`resolve('/')`, which carries the build's base path).
 */
import { FILES_ATTRIBUTE, PAGE_LOADER } from './page-loader.js';

/** The entry modules, relative to the project root (also their keys in the client manifest). */
export const PAGE_SCRIPTS = {
	story: 'src/lib/story/entry.ts',
	embed: 'src/lib/embed/embed-entry.ts'
} as const;

/** Which page's script. */
export type PageScript = keyof typeof PAGE_SCRIPTS;

/** The page's script and what to preload, as paths under the site root (`_app/immutable/…`). */
export interface ScriptFiles {
	/** The entry module. */
	entry: string;
	/** Its static imports, to preload. */
	preload: string[];
}

/** The data block and the loader for `files` (nothing without files: the offline copy). */
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
