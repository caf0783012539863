/**
 * A tiny static server for `build/`, behaving like a CDN in front of the site: text types are
 * sent gzipped (Content-Encoding: gzip, level 9, compressed once and kept in memory), hashed
 * assets under `_app/immutable/` are cacheable for a year, everything else must revalidate.
 * Listens on 127.0.0.1 only. Every file is read into memory when the server starts, so a rebuild
 * of build/ by someone else during a long benchmark cannot mix two builds. Used by the
 * benchmark; no dependencies beyond Node.
 */
import { createServer } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
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
	/** Every file of the build by its path relative to root ('index.html', '_app/…'). */
	const files = new Map();
	for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const full = path.join(entry.parentPath ?? entry.path, entry.name);
		const body = await readFile(full);
		const type = MIME[path.extname(full).toLowerCase()] ?? 'application/octet-stream';
		files.set(path.relative(root, full).split(path.sep).join('/'), {
			body,
			type,
			gzip: compressible(type) ? gzipSync(body, { level: constants.Z_BEST_COMPRESSION }) : null
		});
	}

	/** The file for a URL path: exact, then `<dir>/index.html`, then `<path>.html`. */
	function resolve(pathname) {
		let rel = decodeURIComponent(pathname);
		if (base) {
			if (!rel.startsWith(base + '/') && rel !== base) return null;
			rel = rel.slice(base.length) || '/';
		}
		rel = path.posix.normalize(rel).replace(/^\/+/, '');
		for (const candidate of [rel, `${rel.replace(/\/$/, '')}/index.html`, `${rel}.html`]) {
			const file = files.get(candidate.replace(/^\//, ''));
			if (file) return file;
		}
		return null;
	}

	const server = createServer(async (req, res) => {
		try {
			const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
			let entry = resolve(pathname);
			let status = 200;
			if (!entry) {
				status = 404;
				entry = resolve(`${base}/404.html`);
				if (!entry) {
					res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
					return;
				}
			}
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
