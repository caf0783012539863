/**
 * A small static file server that behaves like a plain static host or CDN: files from a folder,
 * under an optional base path, `index.html` for folders, a redirect to add the trailing slash, and
 * the site's `404.html` with status 404 for anything else. Also serves extra in-memory pages (for a
 * host page on a second origin). Loopback only; for tests.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
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

/** A page served from memory: its body and content type. */
export interface ExtraPage {
	body: string | Buffer;
	type: string;
}

export interface StaticServerOptions {
	/** Folder to serve (the build). Omit to serve only `pages`. */
	root?: string;
	/** Path the site is served under, e.g. `/graphics/kg` ('' for the root). */
	base?: string;
	/** Extra pages by exact path, e.g. `{ '/host.html': { body, type } }`. */
	pages?: Record<string, ExtraPage>;
	/** Port; 0 (default) picks a free one. */
	port?: number;
}

/** A running server: its origin (`http://127.0.0.1:<port>`) and how to stop it. */
export interface StaticServer {
	origin: string;
	/** The site's address: origin + base + '/'. */
	url: string;
	close(): Promise<void>;
}

/** Starts the server on 127.0.0.1. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
	const base = (options.base ?? '').replace(/\/+$/, '');
	const root = options.root ? path.resolve(options.root) : undefined;

	const send = (res: import('node:http').ServerResponse, status: number, file: string) => {
		res.writeHead(status, {
			'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream'
		});
		createReadStream(file).pipe(res);
	};

	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const extra = options.pages?.[url.pathname];
		if (extra) {
			res.writeHead(200, { 'content-type': extra.type });
			res.end(extra.body);
			return;
		}
		const notFound = () => {
			const page = root ? path.join(root, '404.html') : '';
			if (page && existsSync(page)) return send(res, 404, page);
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('Not found');
		};
		if (!root) return notFound();
		let pathname: string;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			return notFound();
		}
		if (pathname !== base && !pathname.startsWith(`${base}/`)) return notFound();
		const relative = pathname.slice(base.length) || '/';
		const file = path.join(root, relative);
		if (!file.startsWith(root)) return notFound();
		if (!existsSync(file)) return notFound();
		if (statSync(file).isDirectory()) {
			if (!relative.endsWith('/')) {
				res.writeHead(301, { location: `${pathname}/${url.search}` });
				res.end();
				return;
			}
			const index = path.join(file, 'index.html');
			return existsSync(index) ? send(res, 200, index) : notFound();
		}
		send(res, 200, file);
	});

	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		url: `${origin}${base}/`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
