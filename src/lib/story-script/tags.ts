/**
 * The story page's script tags: the entry as a module script, its static imports preloaded. Paths
 * are relative to the page, which is the site's root page, so the build works under any sub-path.
 */

/** The page's script and what to preload, as paths under the site root (`_app/immutable/…`). */
export interface StoryScriptFiles {
	/** The entry module. */
	entry: string;
	/** Its static imports, to preload. */
	preload: string[];
}

/** The `<link rel="modulepreload">`s and the `<script type="module">` for `files` (none without). */
export function scriptTags(files: StoryScriptFiles | undefined): string {
	if (!files) return '';
	const href = (file: string) => (file.startsWith('/') ? file : `./${file}`);
	const preloads = files.preload.map((f) => `<link rel="modulepreload" href="${href(f)}">`);
	return [...preloads, `<script type="module" src="${href(files.entry)}"></script>`].join('');
}
