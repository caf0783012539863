/**
 * The story page's person dialog as an island. Its code (the dialog and everyone's card data) is
 * not on the first load: this listener waits for the first click on a mention of a person
 * (`a.person-link`), keeps the link from jumping away, loads the dialog, mounts it and gives it
 * that click again. From then on the dialog handles clicks itself (`PersonDialog.svelte`). If the
 * code cannot load (the network dropped), the link goes to the person's card, as without
 * JavaScript.
 */

/** A click that should open a new tab or window, which the page leaves to the browser. */
function opensElsewhere(event: MouseEvent): boolean {
	return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

/**
 * Starts listening; returns the function that stops it (and removes the dialog, if mounted).
 * `reportHref` links a paragraph of the original report, as in the dialog.
 */
export function personDialogOnDemand(reportHref: (paragraph: number) => string): () => void {
	let stage: 'waiting' | 'loading' | 'mounted' = 'waiting';
	let removeDialog: (() => void) | undefined;
	let stopped = false;

	const onclick = (event: MouseEvent) => {
		if (stage === 'mounted' || opensElsewhere(event)) return;
		const link = (event.target as Element | null)?.closest?.('a.person-link');
		if (!(link instanceof HTMLAnchorElement)) return;
		event.preventDefault();
		if (stage === 'loading') return;
		stage = 'loading';
		import('./mount-person-dialog').then(
			({ mountPersonDialog }) => {
				if (stopped) return;
				removeDialog = mountPersonDialog(reportHref);
				stage = 'mounted';
				link.click();
			},
			() => {
				stage = 'waiting';
				if (!stopped) location.hash = link.hash;
			}
		);
	};
	// Capture, like the dialog itself: before the router sees the click.
	document.addEventListener('click', onclick, true);
	return () => {
		stopped = true;
		document.removeEventListener('click', onclick, true);
		removeDialog?.();
	};
}
