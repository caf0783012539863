/**
 * The offline build routes by the hash, so an in-page link (`#p-7`, the skip link) would be taken
 * for a route: scroll to and focus its target instead, after the page's own handlers.
 */
import type { ClientInit } from '@sveltejs/kit';
import { OFFLINE } from '$lib/site/site';

function followInPageLink(event: MouseEvent) {
	if (event.defaultPrevented || event.button !== 0) return;
	if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
	if (!(link instanceof HTMLAnchorElement)) return;
	const href = link.getAttribute('href') ?? '';
	if (href.startsWith('#/')) return; // a route: the router's business
	event.preventDefault();
	let id = '';
	try {
		id = decodeURIComponent(href.slice(1));
	} catch {
		return;
	}
	setTimeout(() => {
		if (document.querySelector('dialog[open]')) return; // a handler opened a dialog instead
		const target = id ? document.getElementById(id) : null;
		if (!target) {
			if (!id) scrollTo({ top: 0 });
			return;
		}
		target.scrollIntoView({ block: 'start' });
		if (!target.hasAttribute('tabindex') && target.tabIndex < 0) {
			target.setAttribute('tabindex', '-1');
		}
		target.focus({ preventScroll: true });
	}, 0);
}

export const init: ClientInit = () => {
	if (OFFLINE) document.addEventListener('click', followInPageLink, true);
};
