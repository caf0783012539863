import { describe, expect, it } from 'vitest';
import { embedCode, escapeAttribute } from './code';

describe('embedCode', () => {
	const code = embedCode({
		src: 'https://example.org/graphics/kg/embed/timeline/',
		script: 'https://example.org/graphics/kg/embed.js',
		title: 'Three days in October: a “graphic” <from> Reuters & us',
		height: 612.4
	});

	it('is an iframe marked for our host script, then the script', () => {
		const [iframe, script] = code.split('\n');
		expect(iframe).toMatch(
			/^<iframe data-kg-embed src="https:\/\/example.org\/graphics\/kg\/embed\/timeline\/"/
		);
		expect(iframe).toContain('height="612"');
		expect(iframe).toContain('loading="lazy"');
		expect(script).toBe('<script async src="https://example.org/graphics/kg/embed.js"></script>');
	});

	it('escapes the title so it cannot break out of its attribute', () => {
		expect(code).toContain(
			'title="Three days in October: a “graphic” &lt;from&gt; Reuters &amp; us"'
		);
		expect(escapeAttribute('"')).toBe('&quot;');
	});
});
