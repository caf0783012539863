/** The person dialog's island, loaded by `person-links.ts` on the first click on a name. */
import { flushSync, mount, unmount } from 'svelte';
import { people } from 'virtual:story-content';
import PersonDialog from './PersonDialog.svelte';

export function mountPersonDialog(reportHref: (paragraph: number) => string): () => void {
	const dialog = mount(PersonDialog, { target: document.body, props: { people, reportHref } });
	// Run its onMount now, so its click listener is there for the click given to it next.
	flushSync();
	return () => void unmount(dialog);
}
