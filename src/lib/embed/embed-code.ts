/**
 * The "Embed this chart" boxes of the prerendered story (`EmbedCode`) and the story's citations
 * (`CiteStory`): addresses made absolute. A build without `SITE_URL` prerenders them with
 * addresses relative to the site and a note saying so; with JavaScript the page knows where it
 * was opened, so they get absolute addresses and the notes go. Their copy buttons are
 * `shared/copy.ts`'s.
 */
import { bareAddress } from '../notes/cite-story';

/** `code` with every `src="…"` resolved against this page's address. */
export function absoluteAddresses(code: string, base: string): string {
	return code.replace(/\bsrc="([^"]*)"/g, (_, url: string) => `src="${new URL(url, base).href}"`);
}

/** Makes every embed box's and citation's addresses absolute (over http only). */
export function completeAddresses(): void {
	// A copy opened from disk has no address worth writing: keep the addresses relative.
	if (!location.protocol.startsWith('http')) return;
	for (const box of document.querySelectorAll('[data-embed-code]')) {
		const note = box.querySelector('[data-relative-note]');
		const textarea = box.querySelector('textarea');
		if (!note || !textarea) continue;
		textarea.value = absoluteAddresses(textarea.value, location.href);
		note.remove();
	}
	const cite = document.querySelector('[data-cite]');
	const note = cite?.querySelector('[data-relative-note]');
	if (!cite || !note) return;
	for (const address of cite.querySelectorAll<HTMLElement>('[data-address]')) {
		const url = new URL(address.textContent ?? '', location.href).href;
		address.textContent = address.dataset.address === 'bare' ? bareAddress(url) : url;
	}
	note.remove();
}
