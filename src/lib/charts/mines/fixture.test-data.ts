/**
 * What the mines chart's layout tests share: the story's content and map, loaded as the build
 * loads them, the status panel's estimated heights, the boxes to try and the story's mines steps.
 */
import path from 'node:path';
import { loadMinesMap } from '../../../build/mines-map/map-plugin';
import { loadContent } from '../../../build/content/load';
import { panelHeights } from './status';
import { estimateTextWidth } from '../shared/text';

const contentDir = path.resolve(__dirname, '../../../../content');
export const { content } = loadContent(contentDir);
export const { map } = loadMinesMap(contentDir);
/** The status panel's estimated heights (`minesLayout`'s `panel`). */
export const list = panelHeights(content.mines, estimateTextWidth);

/** Chart boxes (width x height) from the narrowest phone to a wide desktop, short to tall. */
export const sizes: [number, number][] = [];
for (const w of [320, 360, 374, 390, 430, 600, 640, 768, 900, 1024, 1280, 1400])
	for (const h of [300, 340, 420, 520, 640, 900]) sizes.push([w, h]);

/**
 * Known limit: a phone-sized box only 300 px tall (under 430 px wide). The hedged statuses
 * ("attempted attack", "apparent break-in": five groups, longer words) give the status list a
 * third line there, and the map is too small for every label at the Kyrgyzaltyn step, for the
 * inset at 320 px, or for a separate 44 px target per site at 320 px; the status list and the
 * table still say everything. Boxes from 340 px tall are held to every check.
 */
export const tight = (w: number, h: number) => h <= 300 && w < 430;

/** The chart states of the story's mines steps. */
export const mineStates = content.steps.flatMap((s) =>
	s.state?.chart === 'mines' ? [s.state] : []
);
