/**
 * The inline loader of a page's own script (the story's, an embed's), with its CSP hash. Plain
 * JavaScript: `svelte.config.js` allows it by its hash in the pages' Content-Security-Policy, and
 * `tags.ts` writes it into the pages. It is the same text on every page and in every build, so the
 * hash is fixed; the files to load come just before it in a JSON data block, which a CSP does not
 * govern (it is never run).
 *
 * The first paint needs no script (the pages are prerendered and not hydrated), so it asks for
 * none until that paint is on screen: once the document is parsed, it waits for the next frame
 * and the task after it, then preloads the entry's static imports and imports the entry. Nothing
 * competes with the HTML on a slow network, and nothing is requested on the way to the first
 * paint (Lighthouse's simulated LCP counts every request started before it, whatever its
 * priority). A tab that draws no frame (a background tab) loads it after `HIDDEN_TAB_DELAY_MS`.
 */
/** How long a tab that draws no frame (a background tab) waits before it loads the script. */
export const HIDDEN_TAB_DELAY_MS = 3000;

/** The attribute of the JSON block that names the files: `{ "entry": url, "preload": [url] }`. */
export const FILES_ATTRIBUTE = 'data-page-files';

/** The loader, a classic script that runs as the parser meets it, just after the JSON block. */
export const PAGE_LOADER =
	`(()=>{const f=JSON.parse(document.querySelector('script[${FILES_ATTRIBUTE}]').textContent);` +
	`let d=0;const go=()=>{if(d)return;d=1;for(const p of f.preload){` +
	`const l=document.createElement('link');l.rel='modulepreload';l.href=p;document.head.append(l)}` +
	`import(f.entry)};` +
	`const later=()=>{requestAnimationFrame(()=>setTimeout(go));setTimeout(go,${HIDDEN_TAB_DELAY_MS})};` +
	`document.readyState==='loading'?addEventListener('DOMContentLoaded',later,{once:true}):later()})()`;
