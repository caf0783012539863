/**
 * A small static file server that behaves like a plain static host or CDN: files from a folder,
 * under an optional base path, `index.html` for folders, a redirect to add the trailing slash, and
 * the site's `404.html` with status 404 for anything else. Also serves extra in-memory pages (a
 * host page on a second origin). Loopback only; for tests. Plain JavaScript, so both the
 * Playwright tests and the engine tests (Node 20, no TypeScript loader) use this one server.
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
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/**
 * A page served from memory: its body and content type (HTML when only a string is given).
 * @typedef {string | { body: string | Buffer, type: string }} ExtraPage
 */

/**
 * @typedef {object} StaticServerOptions
 * @property {string} [root] folder to serve (the build); omit to serve only `pages`
 * @property {string} [base] path the site is served under, e.g. `/graphics/kg` ('' for the root)
 * @property {Record<string, ExtraPage>} [pages] extra pages by exact path, e.g. `{ '/host.html': html }`
 * @property {number} [port] port; 0 (default) picks a free one
 */

/**
 * A running server: its origin (`http://127.0.0.1:<port>`), the site's address (origin + base
 * + '/') and how to stop it (open connections are closed too, so a test never hangs on close).
 * @typedef {{ origin: string, url: string, close: () => Promise<void> }} StaticServer
 */

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} file
 */
function send(res, status, file) {
	res.writeHead(status, {
		'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream'
	});
	createReadStream(file).pipe(res);
}

/**
 * The file a request path names under `root` and `base`: `{ file }`, `{ redirect }` for a
 * folder asked for without its slash, or `{}` when there is none.
 * @param {string} root
 * @param {string} base
 * @param {string} pathname
 * @param {string} search
 * @returns {{ file?: string, redirect?: string }}
 */
function resolveFile(root, base, pathname, search) {
	if (pathname !== base && !pathname.startsWith(`${base}/`)) return {};
	const relative = pathname.slice(base.length) || '/';
	const file = path.join(root, relative);
	if (!file.startsWith(root) || !existsSync(file)) return {};
	if (!statSync(file).isDirectory()) return { file };
	if (!relative.endsWith('/')) return { redirect: `${pathname}/${search}` };
	const index = path.join(file, 'index.html');
	return existsSync(index) ? { file: index } : {};
}

/**
 * Starts the server on 127.0.0.1.
 * @param {StaticServerOptions} options
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer(options) {
	const base = (options.base ?? '').replace(/\/+$/, '');
	const root = options.root ? path.resolve(options.root) : undefined;
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const extra = options.pages?.[url.pathname];
		if (extra !== undefined) {
			const page = typeof extra === 'string' ? { body: extra, type: TYPES['.html'] } : extra;
			res.writeHead(200, { 'content-type': page.type });
			res.end(page.body);
			return;
		}
		/** @type {{ file?: string, redirect?: string }} */
		let found = {};
		try {
			if (root) found = resolveFile(root, base, decodeURIComponent(url.pathname), url.search);
		} catch {
			found = {}; // a malformed %-escape is a miss
		}
		if (found.redirect) {
			res.writeHead(301, { location: found.redirect });
			res.end();
		} else if (found.file) send(res, 200, found.file);
		else if (root && existsSync(path.join(root, '404.html')))
			send(res, 404, path.join(root, '404.html'));
		else {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('Not found');
		}
	});
	await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve(0)));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : options.port;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		url: `${origin}${base}/`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
