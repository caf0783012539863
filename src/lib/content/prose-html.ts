/**
 * The story's prose as prerendered HTML, for the reading page. Build time only: the browser keeps
 * the HTML the prerender wrote and never downloads the prose's compiled code (see
 * `views/StaticHtml.svelte`). Views that re-render prose in the browser (the presenter) use
 * `prose()` from `./prose` instead.
 */
import { render } from 'svelte/server';
import { prose } from './prose';

/** The HTML of a section's or step's prose file, rendered on the server. */
export function proseHtml(file: string): string {
	return render(prose(file)).body;
}
