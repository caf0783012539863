/**
 * What a reader must see of a citation, wherever it is shown (notes and sources, "What happened
 * next", the teacher's notes): whose report it is, its title as a link to the page, the date it
 * was published and, for a republication, who republished it. Checked from the citation's own
 * fields, so a rendering that drops one of them fails even if the shared formatter dropped it too.
 */
import { expect, type Locator } from '@playwright/test';
import { citationLabel } from '../../../src/lib/content/citation';
import type { Citation } from '../../../src/lib/content/types';

/** `2020-10-15` as a reader reads it, `15 October 2020` (independently of citation.ts). */
function inWords(iso: string): string {
	return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
}

/** Asserts that `scope` shows every one of `citations` in full. */
export async function expectCitations(scope: Locator, citations: readonly Citation[]) {
	expect(citations.length, 'an outside fact without citations').toBeGreaterThan(0);
	for (const citation of citations) {
		const original = citation.republishes ?? citation.outlet;
		await expect(scope).toContainText(original);
		if (citation.date) {
			await expect(scope).toContainText(inWords(citation.date));
			await expect(scope.locator(`time[datetime="${citation.date}"]`).first()).toHaveText(
				inWords(citation.date)
			);
		}
		if (citation.republishes)
			await expect(scope).toContainText(`republished by ${citation.outlet}`);
		if (citation.title) await expect(scope).toContainText(`“${citation.title}”`);
		if (citation.url) {
			// The title is the link; a source without one links its republisher, or its outlet.
			const name =
				citation.title ?? (citation.republishes ? `republished by ${citation.outlet}` : original);
			const link = scope
				.getByRole('link', { name, exact: false })
				.and(scope.locator(`a[href="${citation.url}"]`));
			await expect(link.first()).toBeVisible();
		}
		// And in the order a standards desk writes them.
		await expect(scope).toContainText(citationLabel(citation));
	}
}
