/** CSV per RFC 4180: CRLF after every record, a field quoted only when it must be. */

export const CRLF = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
	return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRecord(fields: readonly string[]): string {
	return fields.map(csvField).join(',');
}

/** Throws on a row whose length is not the header's: a programming error. */
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
