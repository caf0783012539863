import { embedData } from '$lib/embed/load.server';
import type { PageServerLoad } from './$types';

/** Prerendered and not hydrated: the page's own script runs it (`embed/embed.ts`). */
export const csr = false;

export const load: PageServerLoad = () => embedData();
