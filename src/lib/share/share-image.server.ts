/**
 * Build-time half of the share image: the scoped CSS of the chart's components (compiled by the
 * same Svelte that renders them, so the class hashes match) and the rasterising to PNG with resvg.
 * Node only.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { compile } from 'svelte/compiler';

/**
 * The compiled, scoped CSS of the components whose hash class appears in `html`. `sources` maps
 * project-root paths (`/src/...`, as `import.meta.glob` names them) to Svelte source text. Svelte
 * hashes the file's path, so it is given as the Vite plugin gives it: absolute. Throws if no
 * component matches: the image would come out unstyled.
 */
export function usedComponentCss(sources: Record<string, string>, html: string): string {
	const used: string[] = [];
	for (const [file, source] of Object.entries(sources)) {
		const filename = path.join(process.cwd(), file);
		const { css } = compile(source, { filename, generate: 'server', css: 'external' });
		const hash = css?.code.match(/\.(svelte-[a-z0-9]+)/)?.[1];
		if (css && hash && html.includes(hash)) used.push(css.code);
	}
	if (used.length === 0) {
		throw new Error(
			'share image: no component CSS matches the rendered chart (class hashes differ)'
		);
	}
	return used.join('\n');
}

/** The font the image is drawn with: DejaVu Sans (Bitstream Vera licence), installed from npm. */
export const SHARE_FONT_FAMILY = 'DejaVu Sans';

/**
 * The font files, from the `dejavu-fonts-ttf` package (a devDependency): the project's own copy, so
 * the image comes out the same on every machine, whatever fonts it has (or none).
 */
export function shareFontFiles(): string[] {
	const require = createRequire(import.meta.url);
	return ['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique'].map(
		(name) => require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`)
	);
}

/** The SVG as a PNG of its own size, with the project's fonts only (never the machine's). */
export function rasterise(svg: string): {
	png: Buffer;
	width: number;
	height: number;
	pixels: Buffer;
} {
	const resvg = new Resvg(svg, {
		font: {
			fontFiles: shareFontFiles(),
			loadSystemFonts: false,
			defaultFontFamily: SHARE_FONT_FAMILY,
			sansSerifFamily: SHARE_FONT_FAMILY,
			serifFamily: SHARE_FONT_FAMILY
		},
		fitTo: { mode: 'original' },
		shapeRendering: 2,
		textRendering: 1
	});
	const image = resvg.render();
	return { png: image.asPng(), width: image.width, height: image.height, pixels: image.pixels };
}
