/**
 * What a page costs on the wire at first load: every response the browser receives while the
 * page loads (no scrolling), each body gzipped with node:zlib at level 9 when a CDN would
 * compress its type, so sizes are deterministic whatever server the tests run against.
 */
import { gzipSync, constants } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/** One response of a page load, with its size as sent by a gzipping CDN. */
export interface LoadedResource {
	/** Full URL of the response. */
	url: string;
	/** Broad kind, from the browser's resource type and the Content-Type. */
	kind: 'html' | 'js' | 'css' | 'font' | 'image' | 'data' | 'other';
	/** Decoded body size in bytes. */
	raw: number;
	/** Bytes on the wire: gzip level 9 for text types, the body as it is for binary ones. */
	wire: number;
}

/** Whether a CDN would gzip this Content-Type (text, not an already compressed format). */
export function compressible(contentType: string): boolean {
	return /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/i.test(
		contentType
	);
}

/** gzip, level 9 (deterministic for the same bytes). */
export function gzipSize(body: Buffer): number {
	return gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length;
}

function kindOf(response: Response): LoadedResource['kind'] {
	const type = (response.headers()['content-type'] ?? '').toLowerCase();
	const resourceType = response.request().resourceType();
	if (resourceType === 'document' || type.startsWith('text/html')) return 'html';
	if (resourceType === 'script' || type.includes('javascript')) return 'js';
	if (resourceType === 'stylesheet' || type.startsWith('text/css')) return 'css';
	if (resourceType === 'font' || type.startsWith('font/')) return 'font';
	if (resourceType === 'image' || type.startsWith('image/')) return 'image';
	if (resourceType === 'fetch' || resourceType === 'xhr' || type.includes('json')) return 'data';
	return 'other';
}

/**
 * Loads `path` (relative to the baseURL) in `page`, waits until the network is idle (so lazily
 * imported modules the page asks for on its own are counted), and returns every response with
 * its wire size, plus the navigation's HTTP status.
 */
export async function recordLoad(
	page: Page,
	path: string
): Promise<{ status: number; resources: LoadedResource[] }> {
	const responses: Response[] = [];
	const onResponse = (r: Response) => responses.push(r);
	page.on('response', onResponse);
	const navigation = await page.goto(path, { waitUntil: 'networkidle' });
	await page.waitForTimeout(300);
	page.off('response', onResponse);

	const resources: LoadedResource[] = [];
	for (const response of responses) {
		if (response.status() >= 300 && response.status() < 400) continue;
		const body = await response.body();
		const type = response.headers()['content-type'] ?? '';
		resources.push({
			url: response.url(),
			kind: kindOf(response),
			raw: body.length,
			wire: compressible(type) ? gzipSize(body) : body.length
		});
	}
	return { status: navigation?.status() ?? 0, resources };
}

/** Sum of wire bytes, optionally of one kind only. */
export function wireBytes(resources: LoadedResource[], kind?: LoadedResource['kind']): number {
	return resources.filter((r) => !kind || r.kind === kind).reduce((sum, r) => sum + r.wire, 0);
}

/** "12.3 KB" (KiB), for messages. */
export function formatKB(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}
