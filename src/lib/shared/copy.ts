/**
 * Copy buttons, for every box on the page that offers text to copy: the embed code and the story's
 * citations. A box is an element `[data-copy-box="<what>"]` (`code`, `citation`) holding the text
 * (a textarea, or the element marked `[data-copy-text]`), a `<button data-copy>` and a
 * `[role="status"]` that says what happened. With the Clipboard API the text is copied; without it
 * (an older browser, a page not served over https) the text is selected for the reader to copy.
 * Without JavaScript the text is there to select by hand. One listener serves every box.
 */

/** The text a box offers: the textarea's value, or the text element's words. */
function source(box: Element): { text: string; element: Element } | undefined {
	const element = box.querySelector('textarea, [data-copy-text]');
	if (!element) return undefined;
	const text =
		element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? '').trim();
	return { text, element };
}

/** Copies the box's text, or selects it for the reader when the Clipboard API is missing. */
export async function copyFrom(box: Element): Promise<void> {
	const found = source(box);
	const status = box.querySelector('[role="status"]');
	if (!found || !status) return;
	try {
		await navigator.clipboard.writeText(found.text);
		status.textContent = 'Copied to the clipboard.';
	} catch {
		const { element } = found;
		if (element instanceof HTMLTextAreaElement) {
			element.focus();
			element.select();
		} else {
			getSelection()?.selectAllChildren(element);
		}
		const what = box.getAttribute('data-copy-box') || 'text';
		status.textContent = `The ${what} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`;
	}
}

/** Shows the copy buttons (they do nothing without this script) and listens for them. */
export function startCopyButtons(): () => void {
	for (const button of document.querySelectorAll<HTMLElement>('[data-copy-box] [data-copy]')) {
		button.hidden = false;
	}
	const onclick = (event: MouseEvent) => {
		const button = (event.target as Element | null)?.closest?.('[data-copy-box] [data-copy]');
		const box = button?.closest('[data-copy-box]');
		if (box) void copyFrom(box);
	};
	document.addEventListener('click', onclick);
	return () => document.removeEventListener('click', onclick);
}
