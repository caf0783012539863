import { embedData } from '$lib/embed/load.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => embedData();
