/**
 * The message format of pym.js (https://github.com/nprapps/pym.js, v1), so a page that already
 * loads pym.js resizes our embeds unchanged: `pym` + id + type + message, joined by `xPYMx`.
 * The parent (pym.Parent) gives its child an id in the `childId` query parameter, sends
 * `width` messages and listens for `height` messages carrying that id. Pure.
 */

/** The separator pym.js puts between the parts of a message. */
export const PYM_DELIMITER = 'xPYMx';

/** A pym.js message: who it is for, what kind, and its payload. */
export interface PymMessage {
	id: string;
	type: string;
	message: string;
}

/** Writes a pym.js message, e.g. `pymxPYMxexamplexPYMxheightxPYMx420`. */
export function pymMessage(id: string, type: string, message: string): string {
	return ['pym', id, type, message].join(PYM_DELIMITER);
}

const PATTERN = new RegExp(`^pym${PYM_DELIMITER}(.*?)${PYM_DELIMITER}(\\S+?)${PYM_DELIMITER}(.*)$`);

/** Reads a pym.js message; null for anything else (other scripts' messages, objects). */
export function parsePymMessage(data: unknown): PymMessage | null {
	if (typeof data !== 'string') return null;
	const match = PATTERN.exec(data);
	if (!match) return null;
	const [, id = '', type = '', message = ''] = match;
	return { id, type, message };
}

/** The id pym.js gave this child (`childId` in the query string), or '' when not framed by pym. */
export function childIdFrom(search: string): string {
	return new URLSearchParams(search).get('childId') ?? '';
}

/** The height message for the parent: whole CSS pixels, rounded up so nothing is cut off. */
export function heightMessage(id: string, height: number): string {
	return pymMessage(id, 'height', String(Math.ceil(height)));
}
