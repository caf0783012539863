/**
 * A journalist's mistake in `npm run dev` shows in the browser, in the terminal's words, and clears
 * when the file is fixed, without a restart. Runs `vite dev` on a free port in a copy of the project
 * (so breaking a quote never touches the real content), breaks a quote, then fixes it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { content } from './support/story';
import { copyProject, REPO } from '../shared/project-copy.mjs';

/** A port nobody listens on now. */
async function freePort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as AddressInfo;
	await new Promise((resolve) => probe.close(resolve));
	return port;
}

// One dev server, one browser: the behaviour does not depend on the screen.
test.describe.configure({ mode: 'serial' });
test.skip(({ isMobile }) => isMobile, 'the dev server is the same for any screen: run once');

let dir = '';
let dev: ChildProcess | undefined;
let url = '';
let terminal = '';

test.beforeAll(async () => {
	test.setTimeout(120_000);
	dir = mkdtempSync(path.join(os.tmpdir(), 'kg-dev-content-'));
	copyProject(dir);
	const port = await freePort();
	url = `http://127.0.0.1:${port}/`;
	dev = spawn(
		path.join(REPO, 'node_modules/.bin/vite'),
		['dev', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
		{ cwd: dir, env: { ...process.env, BASE_PATH: '', FORCE_COLOR: '0' } }
	);
	const listen = (chunk: Buffer) => (terminal += chunk.toString());
	dev.stdout?.on('data', listen);
	dev.stderr?.on('data', listen);
	const deadline = Date.now() + 90_000;
	for (;;) {
		const up = await fetch(url).then(
			() => true,
			() => false
		);
		if (up) break;
		if (Date.now() > deadline || dev.exitCode !== null) {
			throw new Error(`vite dev did not start at ${url}:\n${terminal}`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}
});

test.afterAll(async () => {
	if (dev && dev.exitCode === null) {
		const exited = new Promise((r) => dev!.once('exit', r));
		dev.kill();
		await exited;
	}
	if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a broken quote shows in the browser, as in the terminal, and clears when fixed', async ({
	page
}) => {
	test.setTimeout(180_000);
	const events = path.join(dir, 'content/data/events.yaml');
	const original = readFileSync(events, 'utf8');
	// The first one-line quote, with one word changed: a journalist's slip.
	const match = /^( {2}quote: )(\S+) (\S+)(.*)$/m.exec(original);
	expect(match, 'a one-line quote in events.yaml').not.toBeNull();
	const [line, lead, first, second, rest] = match!;
	const broken = original.replace(line, `${lead}${first} XYZZY ${second}${rest}`);
	const headline = page.getByRole('heading', { level: 1, name: content.story.headline });

	await page.goto(url);
	await expect(headline).toBeVisible({ timeout: 60_000 });

	// Saved while the story is open: Vite's overlay shows the problem.
	const heard = terminal.length;
	writeFileSync(events, broken);
	const overlay = page.locator('vite-error-overlay');
	await expect(overlay).toContainText('these words are not in the report', { timeout: 30_000 });
	await expect(overlay).toContainText('content/data/events.yaml');

	// Opened while broken: a readable page with the terminal's words, not `{"message":…}`.
	await page.reload();
	const shown = page.locator('#content-error');
	await expect(shown).toContainText('these words are not in the report');
	const text = (await shown.textContent()) ?? '';
	expect(text).not.toContain('Internal Error');
	expect(text).toMatch(/content\/data\/events\.yaml, line \d+, entry "[a-z0-9-]+", field "quote"/);
	// Every line of it is what the terminal printed.
	const printed = terminal
		.slice(heard)
		.replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), '');
	for (const l of text.split('\n').filter((l) => l.trim())) expect(printed).toContain(l.trim());

	// Fixed and saved: the page comes back to the story by itself.
	writeFileSync(events, original);
	await expect(headline).toBeVisible({ timeout: 60_000 });
	await expect(shown).toHaveCount(0);
	await expect(overlay).toHaveCount(0);
});
