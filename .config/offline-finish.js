/**
 * Last step of `npm run build:offline`: makes build-offline/index.html stand alone (the favicon
 * inlined as a data: URL), removes everything else from build-offline/, and checks that the file
 * refers to nothing outside itself (no src/href to another file or to the network). Node only.
 */
import fs from 'node:fs';
import path from 'node:path';

const dir = path.resolve('build-offline');
const file = path.join(dir, 'index.html');
let html = fs.readFileSync(file, 'utf8');

// The favicon: the one asset app.html links to.
html = html.replace(/<link rel="icon" href="(?!data:)([^"]+)"([^>]*)>/, (tag, href, rest) => {
	const icon = path.join(dir, href.replace(/^\.?\//, ''));
	if (!fs.existsSync(icon)) return '';
	const data = fs.readFileSync(icon).toString('base64');
	return `<link rel="icon" href="data:image/svg+xml;base64,${data}"${rest}>`;
});
fs.writeFileSync(file, html);

for (const entry of fs.readdirSync(dir)) {
	if (entry !== 'index.html') fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
}

// Anything that would load from elsewhere: src="…" or href="…" in a tag that loads it. The
// contents of inline scripts and styles are left out: code may build such tags as text (the embed
// code), which loads nothing.
const markup = html.replace(
	/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/g,
	(_, open, _name, close) => open + close
);
const loads = [...markup.matchAll(/<(script|link|img|iframe|source)\b[^>]*\b(src|href)="([^"]*)"/g)]
	.map((m) => m[3] ?? '')
	.filter((url) => url && !url.startsWith('data:') && !url.startsWith('#'));
if (loads.length > 0) {
	console.error(`build-offline/index.html still loads other files:\n  ${loads.join('\n  ')}`);
	process.exit(1);
}
const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
console.log(`build-offline/index.html: one self-contained file, ${kb} KB. Open it from disk.`);
