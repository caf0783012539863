/**
 * The inline loader of a page's own script. The same text on every page, so `svelte.config.js`
 * allows it by one CSP hash; the files come in a JSON block, which a CSP does not govern. It loads
 * nothing until the first paint is on screen: Lighthouse's simulated LCP counts every request
 * started before it, whatever its priority.
 */
/** A tab that draws no frame (a background tab) loads the script after this. */
export const HIDDEN_TAB_DELAY_MS = 3000;

/** The JSON block's attribute: `{ "entry": url, "preload": [url] }`. */
export const FILES_ATTRIBUTE = 'data-page-files';

export const PAGE_LOADER =
	`(()=>{const f=JSON.parse(document.querySelector('script[${FILES_ATTRIBUTE}]').textContent);` +
	`let d=0;const go=()=>{if(d)return;d=1;for(const p of f.preload){` +
	`const l=document.createElement('link');l.rel='modulepreload';l.href=p;document.head.append(l)}` +
	`import(f.entry)};` +
	`const later=()=>{requestAnimationFrame(()=>setTimeout(go));setTimeout(go,${HIDDEN_TAB_DELAY_MS})};` +
	`document.readyState==='loading'?addEventListener('DOMContentLoaded',later,{once:true}):later()})()`;
