declare module 'virtual:story-content' {
	import type { Content } from '$lib/content/types';
	/** The story's content, loaded from `content/` and checked at build time. */
	export const content: Content;
}
