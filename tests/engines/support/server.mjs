/**
 * A tiny static server for the engine tests: the built site from a folder (index.html for
 * folders, the site's 404.html for misses) plus in-memory pages (an embed's host page), on
 * 127.0.0.1 and a free port unless one is given. Plain JavaScript: the engine tests run on Node
 * 20 without a TypeScript loader.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

/**
 * @param {{ root?: string, pages?: Record<string, string>, port?: number }} options
 *   `pages`: HTML bodies by exact path.
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serve({ root, pages = {}, port = 0 }) {
	const dir = root ? path.resolve(root) : undefined;
	/**
	 * @param {import('node:http').ServerResponse} res
	 * @param {number} status
	 * @param {string} file
	 */
	const send = (res, status, file) => {
		res.writeHead(status, {
			'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream'
		});
		createReadStream(file).pipe(res);
	};
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const page = pages[url.pathname];
		if (page !== undefined) {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(page);
			return;
		}
		const notFound = () => {
			const file = dir ? path.join(dir, '404.html') : '';
			if (file && existsSync(file)) return send(res, 404, file);
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('Not found');
		};
		if (!dir) return notFound();
		let file;
		try {
			file = path.join(dir, decodeURIComponent(url.pathname));
		} catch {
			return notFound();
		}
		if (!file.startsWith(dir) || !existsSync(file)) return notFound();
		if (statSync(file).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				res.writeHead(301, { location: `${url.pathname}/${url.search}` });
				res.end();
				return;
			}
			file = path.join(file, 'index.html');
			if (!existsSync(file)) return notFound();
		}
		send(res, 200, file);
	});
	await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
	return {
		origin,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
