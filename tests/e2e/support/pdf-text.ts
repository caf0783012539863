/**
 * The text of a PDF, page by page, read with pdf.js (Node only, no system tools): each page's text
 * items in reading order, a line break where pdf.js ends a line.
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPagesText(file: string): Promise<string[]> {
	const data = new Uint8Array(readFileSync(file));
	const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
	try {
		const pages: string[] = [];
		for (let n = 1; n <= pdf.numPages; n++) {
			const page = await pdf.getPage(n);
			const { items } = await page.getTextContent();
			let text = '';
			for (const item of items) {
				if (!('str' in item)) continue;
				text += item.str + (item.hasEOL ? '\n' : '');
			}
			pages.push(text);
			page.cleanup();
		}
		return pages;
	} finally {
		await pdf.destroy();
	}
}
