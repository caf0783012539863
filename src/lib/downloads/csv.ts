/**
 * CSV writing per RFC 4180: a header row, CRLF between records (and after the last), and a field
 * quoted when it holds a comma, a double quote, a carriage return or a line feed, with double
 * quotes inside it doubled. Pure; no dependencies.
 */

/** The record separator RFC 4180 prescribes. */
export const CRLF = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted only when RFC 4180 requires it. */
export function csvField(value: string): string {
	return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record: fields joined by commas, without the line break. */
export function csvRecord(fields: readonly string[]): string {
	return fields.map(csvField).join(',');
}

/**
 * A whole file: the header, then one record per row, each ending in CRLF. Every row must have as
 * many fields as the header (a mismatch is a programming error and throws).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const lines = [csvRecord(header)];
	rows.forEach((row, i) => {
		if (row.length !== header.length) {
			throw new Error(`CSV row ${i + 1} has ${row.length} fields; the header has ${header.length}`);
		}
		lines.push(csvRecord(row));
	});
	return lines.join(CRLF) + CRLF;
}
