/**
 * An embed page's only script on its first load (the page is prerendered and not hydrated:
 * `routes/embed/<chart>/+page.server.ts` sets `csr = false`). Built as an entry of its own
 * (`vite-plugin.ts`) and named in the page's head (`EmbedHead.svelte`).
 */
import { startEmbed } from './embed';

const main = document.querySelector<HTMLElement>('[data-embed]');
const stop = main ? startEmbed(main) : undefined;
// In `vite dev` this brings Vite's client into the page; a build drops it.
if (stop) import.meta.hot?.dispose(stop);
