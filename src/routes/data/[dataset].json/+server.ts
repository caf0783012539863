/**
 * `/data/<name>.json`: a data set as JSON (the entries exactly as the story holds them), written
 * from `content` at build time.
 */
import { error } from '@sveltejs/kit';
import { content } from 'virtual:story-content';
import { DATASET_NAMES, datasetJson, isDatasetName } from '$lib/downloads/datasets';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** Only the known data sets become files; any other name is the site's 404. */
export const entries: EntryGenerator = () => DATASET_NAMES.map((dataset) => ({ dataset }));

export const GET: RequestHandler = ({ params }) => {
	if (!isDatasetName(params.dataset)) error(404, 'No such data set');
	return new Response(datasetJson(content, params.dataset), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
