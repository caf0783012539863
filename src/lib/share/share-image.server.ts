/** The share image's build-time half: the charts' scoped CSS and rasterising with resvg. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { compile } from 'svelte/compiler';

/**
 * The scoped CSS of the components used in `html`. Svelte hashes the file's path, so it is given
 * absolute, as the Vite plugin gives it. Throws if none matches: the image would be unstyled.
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

/** DejaVu Sans (Bitstream Vera licence), from npm. */
export const SHARE_FONT_FAMILY = 'DejaVu Sans';

/** The project's own font files, so the image is the same on every machine. */
export function shareFontFiles(): string[] {
	const require = createRequire(import.meta.url);
	return ['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique'].map(
		(name) => require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`)
	);
}

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
