/**
 * The person dialog as an island: the first click on a name loads it and hands it that click. If
 * it cannot load, the link goes to the person's card, as without JavaScript.
 */

/** Left to the browser: a new tab or window. */
function opensElsewhere(event: MouseEvent): boolean {
	return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}

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
