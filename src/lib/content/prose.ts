/**
 * The story's prose components, compiled by mdsvex from `content/story/**.md`. The loader gives
 * every section and step a `file` path (relative to the project root); this maps it to the
 * compiled component. Browser-safe: only the compiled prose is bundled, no front-matter parsing.
 */
import type { Component } from 'svelte';

const modules = import.meta.glob<Component>('/content/story/**/*.md', {
	eager: true,
	import: 'default'
});

/** The compiled prose of a section or step file, e.g. `content/story/02-timeline/01-three-days.md`. */
export function prose(file: string): Component {
	const component = modules['/' + file.replace(/^\/+/, '')];
	if (!component) {
		throw new Error(`No compiled prose for ${file}: is it under content/story/ and named *.md?`);
	}
	return component;
}
