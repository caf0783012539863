/**
 * The copy-and-paste code that puts one of our graphics in another page: an iframe, and our tiny
 * host script that keeps the iframe as tall as its content. Pure.
 */

/** What the code needs. */
export interface EmbedCodeOptions {
	/** Address of the embed page (absolute for pasting elsewhere). */
	src: string;
	/** Address of `/embed.js` on our site. */
	script: string;
	/** Accessible name of the iframe: what the graphic is. */
	title: string;
	/** Height before the embed reports its own (CSS px). */
	height: number;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/**
 * The HTML to paste: an iframe marked `data-kg-embed`, full width, lazily loaded, and the host
 * script. Pages that already run pym.js can use the iframe alone: the embed speaks its protocol.
 */
export function embedCode({ src, script, title, height }: EmbedCodeOptions): string {
	const iframe =
		`<iframe data-kg-embed src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
		` width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%"` +
		` loading="lazy"></iframe>`;
	const host = `<script async src="${escapeAttribute(script)}"></script>`;
	return `${iframe}\n${host}`;
}
