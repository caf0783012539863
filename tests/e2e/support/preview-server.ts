/**
 * Playwright global setup for the main run: serves the built site (`build/`) with `vite preview`
 * on the tests' own port, started and stopped here. A server already on that port is never reused
 * (it may be a running `npm start` whose build the tests' build just replaced) unless
 * PW_REUSE_SERVER=1 asks for it: the setup stops at once and says so.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertPortFree, reuseServer } from './port';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The tests' port: never 4173 (`npm start`) or 5173 (`npm run dev`). */
export const TEST_PORT = Number(process.env.PORT ?? 4174);

async function answers(url: string): Promise<boolean> {
	try {
		const response = await fetch(url);
		return response.status < 500;
	} catch {
		return false;
	}
}

export default async function previewServer() {
	const url = `http://127.0.0.1:${TEST_PORT}${process.env.BASE_PATH ?? ''}/`;
	if (reuseServer && (await answers(url))) {
		console.log(`PW_REUSE_SERVER=1: testing the server already at ${url}`);
		return;
	}
	await assertPortFree(TEST_PORT, 'the built site (vite preview)', 'PORT');
	const server = spawn(
		path.join(root, 'node_modules/.bin/vite'),
		['preview', '--port', String(TEST_PORT), '--strictPort', '--host', '127.0.0.1'],
		{ cwd: root, stdio: ['ignore', 'ignore', 'inherit'] }
	);
	let exited: string | undefined;
	server.once('exit', (code, signal) => (exited = `exited (${signal ?? code})`));
	const deadline = Date.now() + 60_000;
	while (!(await answers(url))) {
		if (exited || Date.now() > deadline) {
			server.kill();
			throw new Error(`vite preview ${exited ?? 'did not answer within 60 s'} at ${url}`);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	return async () => {
		if (exited) return;
		const done = new Promise((r) => server.once('exit', r));
		server.kill();
		await done;
	};
}
