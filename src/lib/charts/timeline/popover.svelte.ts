/**
 * The timeline's event card (`EventPopover.svelte`): which event's is open, and the keys and taps
 * that open and close it. One card at a time; a tap anywhere else closes it.
 */
import { untrack } from 'svelte';
import { cardPosition } from './card';
import type { MarkLayout, TimelineLayout } from './types';

export class OpenCard {
	/** The event whose card is open, if any. */
	openId: string | null = $state(null);
	/** The card's natural height (px), as it reports it (0: not yet). */
	height = $state(0);
	#frame: () => TimelineLayout;
	#width: () => number;
	#root: () => HTMLElement | undefined;
	/** The mark whose card is open (a button of the layout drawn). */
	mark: MarkLayout | undefined = $derived.by(() =>
		this.openId ? this.#frame().marks.find((m) => m.id === this.openId && m.hit) : undefined
	);
	/** Where the card opens (`card.ts`). */
	position = $derived.by(() =>
		this.mark ? cardPosition(this.mark, this.#width(), this.#frame().height, this.height) : null
	);

	/**
	 * A card over the chart drawn at `frame()`, `width()` px wide, whose buttons are in `root()`;
	 * a new step (whatever `step()` reads changes) closes it, since its event may no longer be
	 * highlighted. Create during the chart's setup.
	 */
	constructor(
		frame: () => TimelineLayout,
		width: () => number,
		root: () => HTMLElement | undefined,
		step: () => void
	) {
		this.#frame = frame;
		this.#width = width;
		this.#root = root;
		$effect(() => {
			step();
			untrack(() => {
				this.openId = null;
			});
		});
	}

	/** Opens the card of the event `id`, or closes it if it is open. */
	open = (id: string) => {
		this.openId = this.openId === id ? null : id;
	};

	/** Closes the card; `restoreFocus`: focus goes back to its event's button. */
	close = (restoreFocus: boolean) => {
		const id = this.openId;
		this.openId = null;
		if (restoreFocus && id) {
			this.#root()?.querySelector<SVGGElement>(`[data-hit="${id}"]`)?.focus();
		}
	};

	/** A key on the button of the event `id`: Enter or Space opens its card, Escape closes. */
	onkey = (e: KeyboardEvent, id: string) => {
		if (e.key === 'Enter' || e.key === ' ') {
			e.preventDefault();
			this.open(id);
		} else if (e.key === 'Escape' && this.openId) {
			e.preventDefault();
			this.close(true);
		}
	};

	/** A tap or click anywhere on the page: closes the card unless on it or on a button. */
	onWindowPointer = (e: PointerEvent) => {
		if (!this.openId || !(e.target instanceof Element)) return;
		if (e.target.closest('.popover') || e.target.closest('[data-hit]')) return;
		this.openId = null;
	};
}
