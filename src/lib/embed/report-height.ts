/**
 * The embed's side of resizing: tells the parent page how tall the embed's content is, in pym.js's
 * message format, whenever it changes (ResizeObserver), when asked (a pym.js `width` message) and
 * when the caller says so (step change). Browser only: call from `onMount`.
 */
import { childIdFrom, heightMessage, parsePymMessage } from './pym';

/** A running height reporter. */
export interface HeightReporter {
	/** Sends the current height now. */
	send(): void;
	/** Stops observing and listening. */
	stop(): void;
}

/** The height of the document's content in CSS pixels (not of the iframe's viewport). */
function contentHeight(): number {
	return document.documentElement.getBoundingClientRect().height;
}

/**
 * Starts reporting. The id is pym.js's `childId` from the address when a pym.js parent made the
 * iframe; otherwise empty, which our host script (`/embed.js`) accepts, since it matches the
 * message to its iframe by `event.source`.
 */
export function reportHeight(): HeightReporter {
	const id = childIdFrom(location.search);
	const framed = window.parent !== window;
	let last = -1;

	const post = (force: boolean) => {
		if (!framed) return;
		const height = Math.ceil(contentHeight());
		if (!force && height === last) return;
		last = height;
		// The height of a public graphic is no secret: any parent may read it.
		window.parent.postMessage(heightMessage(id, height), '*');
	};

	const observer = new ResizeObserver(() => post(false));
	observer.observe(document.documentElement);

	const onmessage = (event: MessageEvent) => {
		if (event.source !== window.parent) return;
		const message = parsePymMessage(event.data);
		// pym.js parents send `width` on load and on resize and expect a height back.
		if (message && message.type === 'width' && (message.id === id || !id)) post(true);
	};
	window.addEventListener('message', onmessage);

	post(true);
	return {
		send: () => post(true),
		stop: () => {
			observer.disconnect();
			window.removeEventListener('message', onmessage);
		}
	};
}
