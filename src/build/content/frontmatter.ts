/**
 * Splits a story `.md` file into its YAML front matter (between the first two `---` lines) and
 * its body. Build time only; mdsvex compiles the body separately.
 */

/** The parts of a story file, with line numbers so problems can point at the right line. */
export type FrontMatterSplit =
	| {
			ok: true;
			/** The YAML text between the `---` lines. */
			yaml: string;
			/** 1-based line of the first YAML line. */
			yamlLine: number;
			/** Everything after the closing `---` line. */
			body: string;
			/** 1-based line of the first body line. */
			bodyLine: number;
	  }
	| { ok: false; reason: string };

/** Splits `text` into front matter and body; fails when the `---` lines are missing. */
export function splitFrontMatter(text: string): FrontMatterSplit {
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	if (lines[0]?.trim() !== '---') {
		return { ok: false, reason: 'the file does not start with a "---" line' };
	}
	const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
	if (close < 0) {
		return { ok: false, reason: 'the front matter has no closing "---" line' };
	}
	return {
		ok: true,
		yaml: lines.slice(1, close).join('\n'),
		yamlLine: 2,
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2
	};
}
