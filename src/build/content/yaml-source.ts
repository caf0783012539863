/**
 * YAML parsing that keeps line numbers, so every problem can say which line to look at.
 * Build time only (Node).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed YAML text, or its syntax errors. */
export interface YamlSource {
	/** The plain data (undefined when there were syntax errors). */
	data: unknown;
	/** Syntax errors, each with its 1-based line. */
	syntaxErrors: { line: number | undefined; message: string }[];
	/** 1-based line of the value at `path` (or of the nearest part of it that exists). */
	lineOf(path: readonly (string | number)[]): number | undefined;
}

/**
 * Parses `text` as YAML. `firstLine` is the file line of the text's first line (front matter
 * starts on line 2 of a `.md` file).
 */
export function parseYaml(text: string, firstLine = 1): YamlSource {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
	const shift = firstLine - 1;
	const syntaxErrors = doc.errors.map((error) => {
		const line = error.linePos?.[0]?.line;
		const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
		return { line: line === undefined ? undefined : line + shift, message };
	});
	return {
		data: syntaxErrors.length > 0 ? undefined : doc.toJS(),
		syntaxErrors,
		lineOf(path) {
			const offset = offsetOf(doc, path);
			return offset === undefined ? undefined : lineCounter.linePos(offset).line + shift;
		}
	};
}

/** Character offset of the node at `path`: the key for map entries, the item for list items. */
function offsetOf(doc: Document, path: readonly (string | number)[]): number | undefined {
	let node: unknown = doc.contents;
	let offset = rangeStart(node);
	for (const step of path) {
		if (isSeq(node) && typeof step === 'number') {
			node = node.items[step];
			offset = rangeStart(node) ?? offset;
		} else if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && item.key.value === step);
			if (!pair) break;
			offset = rangeStart(pair.key) ?? offset;
			node = pair.value;
		} else {
			break;
		}
	}
	return offset;
}

function rangeStart(node: unknown): number | undefined {
	if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
		return node.range[0] as number;
	}
	return undefined;
}
