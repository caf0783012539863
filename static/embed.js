/*
 * Host script for our embeds: keeps each of our iframes exactly as tall as its content.
 * No dependencies, nothing loaded from anywhere else. Paste once per page, next to the iframes:
 *   <iframe data-kg-embed src="https://…/embed/timeline/" title="…" width="100%" height="600"></iframe>
 *   <script async src="https://…/embed.js"></script>
 * The embeds post their height in pym.js's message format ("pymxPYMx<id>xPYMxheightxPYMx<px>"),
 * so a page that runs pym.js instead resizes them too. A message is accepted only from the window
 * of one of our iframes, and only when it comes from the origin of that iframe's address.
 */
(function () {
	'use strict';
	if (window.kgEmbedHost) return;
	window.kgEmbedHost = true;

	var DELIMITER = 'xPYMx';
	var MAX_HEIGHT = 20000;
	var script = document.currentScript;
	// Our embeds live under the folder this script was loaded from: <base>/embed/<name>/.
	var embedRoot = script && script.src ? new URL('embed/', script.src).href : null;

	function isOurs(frame) {
		if (frame.hasAttribute('data-kg-embed')) return true;
		return !!embedRoot && frame.src.indexOf(embedRoot) === 0;
	}

	function originOf(address) {
		try {
			return new URL(address, document.baseURI).origin;
		} catch {
			return null;
		}
	}

	window.addEventListener('message', function (event) {
		if (typeof event.data !== 'string') return;
		var parts = event.data.split(DELIMITER);
		if (parts.length !== 4 || parts[0] !== 'pym' || parts[2] !== 'height') return;
		if (!/^\d+$/.test(parts[3])) return;
		var height = Math.min(parseInt(parts[3], 10), MAX_HEIGHT);

		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source) continue;
			if (!isOurs(frame) || originOf(frame.src) !== event.origin) return;
			frame.style.height = height + 'px';
			frame.setAttribute('height', String(height));
			return;
		}
	});
})();
