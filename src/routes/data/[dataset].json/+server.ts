/** `/data/<name>.json`: the entries exactly as the story holds them, written at build time. */
import { error } from '@sveltejs/kit';
import { content } from 'virtual:story-content';
import { DATASET_NAMES, datasetJson, isDatasetName } from '$lib/downloads/datasets';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

export const entries: EntryGenerator = () => DATASET_NAMES.map((dataset) => ({ dataset }));

export const GET: RequestHandler = ({ params }) => {
	if (!isDatasetName(params.dataset)) error(404, 'No such data set');
	return new Response(datasetJson(content, params.dataset), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
