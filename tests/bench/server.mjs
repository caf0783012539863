/**
 * A tiny static server for `build/`, behaving like a CDN in front of the site: text types are
 * sent gzipped (Content-Encoding: gzip, level 9, compressed once and kept in memory), hashed
 * assets under `_app/immutable/` are cacheable for a year, everything else must revalidate.
 * Listens on 127.0.0.1 only. Used by the benchmark; no dependencies beyond Node.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync, constants } from 'node:zlib';

/** Content types by file extension (what the build emits, plus the usual web types). */
export const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff'
};

/** Whether a CDN would gzip a response of this content type (text, not already compressed). */
export function compressible(type) {
	return /^(text\/|application\/(json|javascript|xml|manifest\+json)|image\/svg\+xml)/.test(type);
}

/**
 * Serves `root` under the URL prefix `base` ('' or '/sub/path') on 127.0.0.1 at a free port
 * (or `port`). Resolves to `{ url, close }`, where `url` ends with a slash.
 */
export async function serveBuild(root, { base = '', port = 0 } = {}) {
	const cache = new Map();

	async function load(file) {
		if (cache.has(file)) return cache.get(file);
		const body = await readFile(file);
		const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
		const entry = {
			body,
			type,
			gzip: compressible(type) ? gzipSync(body, { level: constants.Z_BEST_COMPRESSION }) : null
		};
		cache.set(file, entry);
		return entry;
	}

	async function resolve(pathname) {
		let rel = decodeURIComponent(pathname);
		if (base) {
			if (!rel.startsWith(base + '/') && rel !== base) return null;
			rel = rel.slice(base.length) || '/';
		}
		const file = path.join(root, path.normalize(rel));
		if (!file.startsWith(root)) return null;
		try {
			const info = await stat(file);
			if (info.isDirectory()) {
				const index = path.join(file, 'index.html');
				await stat(index);
				return index;
			}
			return file;
		} catch {
			// SvelteKit's prerendered pages without a trailing slash.
			try {
				await stat(file + '.html');
				return file + '.html';
			} catch {
				return null;
			}
		}
	}

	const server = createServer(async (req, res) => {
		try {
			const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
			let file = await resolve(pathname);
			let status = 200;
			if (!file) {
				status = 404;
				file = await resolve(`${base}/404.html`);
				if (!file) {
					res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
					return;
				}
			}
			const entry = await load(file);
			const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
			const body = gzip ? entry.gzip : entry.body;
			res.writeHead(status, {
				'Content-Type': entry.type,
				'Content-Length': body.length,
				Vary: 'Accept-Encoding',
				'Cache-Control': pathname.includes('/_app/immutable/')
					? 'public, max-age=31536000, immutable'
					: 'public, max-age=0, must-revalidate',
				...(gzip ? { 'Content-Encoding': 'gzip' } : {})
			});
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch (err) {
			res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(err));
		}
	});

	await new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', ok);
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	return {
		url: `http://127.0.0.1:${actualPort}${base}/`,
		close: () => new Promise((ok) => server.close(() => ok(undefined)))
	};
}
