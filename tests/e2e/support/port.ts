/**
 * The tests own their server: before starting one they check that its port is free, and stop at
 * once with a message that says what to do when it is not (another `npm test`, a preview or dev
 * server left running). A server the tests did not start is reused only on request.
 */
import { createServer } from 'node:net';

/** PW_REUSE_SERVER=1: test against whatever already answers on the port (for working on tests). */
export const reuseServer = process.env.PW_REUSE_SERVER === '1';

/** Resolves when `port` on 127.0.0.1 can be listened on; throws a readable error when it cannot. */
export async function assertPortFree(port: number, what: string, envVar: string): Promise<void> {
	const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
		const probe = createServer();
		probe.once('error', (e: NodeJS.ErrnoException) => resolve(e));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(undefined)));
	});
	if (!error) return;
	if (error.code === 'EADDRINUSE') {
		throw new Error(
			`Port ${port} is already in use, so the tests cannot start ${what} there.\n` +
				`Something else is listening on it (another test run, or a server left running).\n` +
				`Stop it, or pick another port: ${envVar}=<port> npm test.\n` +
				`(The story's own commands use 4173 and 5173; the tests never use those.)`
		);
	}
	throw error;
}
