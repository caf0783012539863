import { describe, expect, it } from 'vitest';
import { embedCode } from '$lib/embed/code';
import { absoluteAddresses } from './embed-code';

describe('absoluteAddresses', () => {
	const relative = embedCode({
		src: '/news/kg/embed/mines/',
		script: '/news/kg/embed.js',
		title: 'The mines: graphic',
		height: 500
	});

	it('resolves the iframe and the host script against the page it was opened at', () => {
		const code = absoluteAddresses(relative, 'https://example.org/news/kg/#storming');
		expect(code).toContain('src="https://example.org/news/kg/embed/mines/"');
		expect(code).toContain('<script async src="https://example.org/news/kg/embed.js">');
	});

	it('leaves everything else as it was', () => {
		const code = absoluteAddresses(relative, 'https://example.org/news/kg/');
		expect(code.replace(/https:\/\/example\.org/g, '')).toBe(relative);
	});

	it('keeps addresses that are already absolute', () => {
		const absolute = embedCode({
			src: 'https://site.example/embed/mines/',
			script: 'https://site.example/embed.js',
			title: 'x',
			height: 1
		});
		expect(absoluteAddresses(absolute, 'https://elsewhere.example/')).toBe(absolute);
	});
});
