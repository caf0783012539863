/**
 * The story page's only script on the first load (the page is prerendered and not hydrated:
 * `routes/+page.server.ts` sets `csr = false`). The build emits it as an entry of its own
 * (`build/page-scripts.ts`); the page's head loads it after the first paint (`tags.ts`,
 * `page-loader.js`), once the document is parsed, so the markup is all there.
 */
import { startStory } from './story';

const stop = startStory();
// In `vite dev` this brings Vite's client into the page (its error overlay, and a reload when a
// file changes); a build drops it.
import.meta.hot?.dispose(stop);
