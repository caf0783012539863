/**
 * A page's own script tags: the entry as a module script, its static imports preloaded, under the
 * site's root (`resolve('/')`, which carries the build's base path).
 */

/** The page's script and what to preload, as paths under the site root (`_app/immutable/…`). */
export interface ScriptFiles {
	/** The entry module. */
	entry: string;
	/** Its static imports, to preload. */
	preload: string[];
}

/** The `<link rel="modulepreload">`s and the `<script type="module">` for `files` (none without). */
export function scriptTags(files: ScriptFiles | undefined, root: string): string {
	if (!files) return '';
	const href = (file: string) => (file.startsWith('/') ? file : `${root}${file}`);
	const preloads = files.preload.map((f) => `<link rel="modulepreload" href="${href(f)}">`);
	return [...preloads, `<script type="module" src="${href(files.entry)}"></script>`].join('');
}
