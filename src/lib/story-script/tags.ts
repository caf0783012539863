/**
 * A page's own script tags: the entry as a module script, its static imports preloaded, under the
 * site's root (`resolve('/')`, which carries the build's base path). All at low priority: the
 * first paint needs none of them (module scripts never block it), so on a slow network the HTML
 * goes first.
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
	const preloads = files.preload.map(
		(f) => `<link rel="modulepreload" href="${href(f)}" fetchpriority="low">`
	);
	const entry = `<script type="module" src="${href(files.entry)}" fetchpriority="low"></script>`;
	return [...preloads, entry].join('');
}
