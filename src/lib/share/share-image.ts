/**
 * The share image as SVG: the headline over the real timeline, with the light-scheme colours
 * written in, as a rasteriser knows no custom properties. Pure; rasterising is in `.server.ts`.
 */
import { SHARE_IMAGE } from './share';

/** The one font the rasteriser has (share-image.server.ts). */
const SANS = "'DejaVu Sans', sans-serif";

/** The custom properties of the first `:root { ... }` block of a stylesheet (the light scheme). */
export function rootVariables(css: string): Map<string, string> {
	const vars = new Map<string, string>();
	const start = css.search(/:root\s*\{/);
	if (start < 0) return vars;
	const open = css.indexOf('{', start);
	const close = css.indexOf('}', open);
	const block = css.slice(open + 1, close).replace(/\/\*[\s\S]*?\*\//g, '');
	for (const m of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
		if (m[1] && m[2]) vars.set(m[1], m[2].trim());
	}
	return vars;
}

/**
 * Writes in every `var(--name)` (and `var(--name, fallback)`) from `vars`, nested ones too, then
 * turns `rem` lengths into px (16 px to the rem).
 */
export function resolveVariables(text: string, vars: ReadonlyMap<string, string>): string {
	let out = text;
	for (let pass = 0; pass < 8 && out.includes('var(--'); pass++) {
		out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (whole, name: string, fb) => {
			const value = vars.get(name) ?? (fb as string | undefined)?.trim();
			if (value === undefined) throw new Error(`share image: no value for ${name}`);
			return value;
		});
	}
	return out.replace(/(\d*\.?\d+)rem\b/g, (_, n: string) => `${Number(n) * 16}px`);
}

/** Drops at-rule blocks (`@media`, `@keyframes`, ...): the image is one static, light scheme. */
export function stripAtRules(css: string): string {
	let out = '';
	let i = 0;
	while (i < css.length) {
		const at = css.indexOf('@', i);
		if (at < 0) {
			out += css.slice(i);
			break;
		}
		out += css.slice(i, at);
		const open = css.indexOf('{', at);
		const semi = css.indexOf(';', at);
		if (open < 0 || (semi >= 0 && semi < open)) {
			i = semi < 0 ? css.length : semi + 1; // @import ...; and the like
			continue;
		}
		let depth = 1;
		let j = open + 1;
		while (j < css.length && depth > 0) {
			if (css[j] === '{') depth++;
			else if (css[j] === '}') depth--;
			j++;
		}
		i = j;
	}
	return out;
}

/** A chart's `<svg>` out of its server-rendered HTML, without Svelte's hydration comments. */
export function extractSvg(html: string): { markup: string; width: number; height: number } {
	const start = html.indexOf('<svg');
	const end = html.lastIndexOf('</svg>');
	if (start < 0 || end < start) throw new Error('share image: the chart rendered no <svg>');
	const markup = html.slice(start, end + '</svg>'.length).replace(/<!--[\s\S]*?-->/g, '');
	const tag = markup.slice(0, markup.indexOf('>'));
	const width = Number(/\swidth="([\d.]+)"/.exec(tag)?.[1]);
	const height = Number(/\sheight="([\d.]+)"/.exec(tag)?.[1]);
	if (!(width > 0 && height > 0)) throw new Error('share image: the chart <svg> has no size');
	return { markup, width, height };
}

/** Greedy word wrap to at most `maxChars` a line (an estimate: the rasteriser cannot wrap). */
export function wrapWords(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > maxChars) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

export interface ShareImageParts {
	headline: string;
	credit: string;
	/** Server-rendered HTML holding the chart's `<svg>`. */
	chartHtml: string;
	chartCss: string;
	/** Its first `:root` block gives the colours. */
	globalCss: string;
}

export const CHART_BOX = { x: 40, y: 150, width: 1120, height: 410 } as const;

export function shareImageSvg(parts: ShareImageParts): string {
	const vars = rootVariables(parts.globalCss);
	// The page's system-font stack names fonts the rasteriser does not have; name the one it has.
	vars.set('--font-sans', SANS);
	const { width: W, height: H } = SHARE_IMAGE;
	const resolve = (text: string) => resolveVariables(text, vars);
	const chart = extractSvg(parts.chartHtml);
	// Fit the chart into its box, keeping its proportions (it may have grown taller than asked).
	const scale = Math.min(1, CHART_BOX.width / chart.width, CHART_BOX.height / chart.height);
	const css = resolve(stripAtRules(parts.chartCss));

	const headline = wrapWords(parts.headline, 46).slice(0, 2);
	const headlineSvg = headline
		.map((line, i) => `<tspan x="40" y="${72 + i * 50}">${escapeXml(line)}</tspan>`)
		.join('');

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
		`<style>${css}</style>`,
		`<rect width="${W}" height="${H}" fill="${resolve('var(--bg)')}"/>`,
		`<rect width="${W}" height="8" fill="${resolve('var(--accent)')}"/>`,
		`<text font-family="${escapeXml(SANS)}" font-size="42" font-weight="700" fill="${resolve('var(--text)')}">${headlineSvg}</text>`,
		`<g transform="translate(${CHART_BOX.x} ${CHART_BOX.y}) scale(${scale})">`,
		resolve(chart.markup),
		`</g>`,
		`<line x1="40" x2="${W - 40}" y1="${H - 52}" y2="${H - 52}" stroke="${resolve('var(--rule)')}"/>`,
		`<text x="40" y="${H - 22}" font-family="${escapeXml(SANS)}" font-size="22" fill="${resolve('var(--muted)')}">${escapeXml(parts.credit)}</text>`,
		`</svg>`
	].join('\n');
}
