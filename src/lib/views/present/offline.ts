/**
 * Whether this is the single-file offline build (`npm run build:offline`), which routes by the
 * hash (`index.html#/present/`) and has no prerendered HTML. Set at build time: svelte.config.js
 * sets `VITE_OFFLINE=1` when it is run with `OFFLINE=1`. Safe anywhere (no DOM access).
 */
export const OFFLINE: boolean = import.meta.env.VITE_OFFLINE === '1';
