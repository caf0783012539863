/**
 * The text style a chart's live layout measures with, read in the browser (a module of its own, so
 * that only the charts that measure their text carry it).
 */
import { canvasMeasure, type MeasureText } from './text';

/**
 * A canvas measurer and the font size (when readable, at least 12 px) for text in `svg` as the
 * page's styles set them, not the size a prerender wrote on the element itself. The style is read
 * from an empty stand-in with the same classes beside it, so the read touches no other element
 * (`svg` and its text are left as they are) and stays cheap on a slow phone. Browser only.
 */
export function liveTextOf(svg: SVGElement): { measure?: MeasureText; fontSize?: number } {
	const probe = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	probe.setAttribute('class', svg.getAttribute('class') ?? '');
	probe.setAttribute('aria-hidden', 'true');
	probe.style.cssText = 'position:absolute;width:0;height:0;visibility:hidden';
	svg.after(probe);
	const style = getComputedStyle(probe);
	const family = style.fontFamily;
	const size = parseFloat(style.fontSize);
	probe.remove();
	return {
		measure: canvasMeasure(family) ?? undefined,
		fontSize: Number.isFinite(size) && size >= 12 ? size : undefined
	};
}
