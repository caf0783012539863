/**
 * The "Embed this chart" boxes of the prerendered story (`EmbedCode`): addresses made absolute
 * and the copy button. A build without `SITE_URL` prerenders the code with addresses relative to
 * the site and a note saying so; with JavaScript the page knows where it was opened, so the code
 * gets absolute addresses and the note goes.
 */

/** `code` with every `src="…"` resolved against this page's address. */
export function absoluteAddresses(code: string, base: string): string {
	return code.replace(/\bsrc="([^"]*)"/g, (_, url: string) => `src="${new URL(url, base).href}"`);
}

/** Copies the box's code, or selects it for the reader when the Clipboard API is missing. */
async function copy(box: Element) {
	const textarea = box.querySelector('textarea');
	const status = box.querySelector('[role="status"]');
	if (!textarea || !status) return;
	try {
		await navigator.clipboard.writeText(textarea.value);
		status.textContent = 'Copied to the clipboard.';
	} catch {
		textarea.focus();
		textarea.select();
		status.textContent = 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
	}
}

/** Starts every embed box on the page; returns the function that stops listening. */
export function startEmbedCodes(): () => void {
	// A copy opened from disk has no address worth writing: keep the addresses relative.
	if (location.protocol.startsWith('http')) {
		for (const box of document.querySelectorAll('[data-embed-code]')) {
			const note = box.querySelector('[data-relative-note]');
			const textarea = box.querySelector('textarea');
			if (!note || !textarea) continue;
			textarea.value = absoluteAddresses(textarea.value, location.href);
			note.remove();
		}
	}
	const onclick = (event: MouseEvent) => {
		const button = (event.target as Element | null)?.closest?.('[data-embed-code] [data-copy]');
		const box = button?.closest('[data-embed-code]');
		if (box) void copy(box);
	};
	document.addEventListener('click', onclick);
	return () => document.removeEventListener('click', onclick);
}
