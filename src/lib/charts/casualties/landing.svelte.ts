/**
 * `data-settled` for a chart whose steps move by CSS transitions alone: false from a step change
 * until its moves have landed, true once they have. The step change itself reads nothing from
 * the page: it only starts a timer as long as the longest move it starts (from the motion tokens,
 * so 0 under reduced motion and inside `instantly()`). When the timer ends, the chart's running
 * transitions are looked at once, and any still going (one that started late on a busy phone, or
 * a move a newer step retargeted) is waited for. Client-only timers.
 */
export class Landing {
	/** True when no move is under way. */
	settled = $state(true);
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Counts step changes: a check for an older one is dropped. */
	#change = 0;

	/** A step change whose moves, inside `root`, take at most `ms` milliseconds. */
	start(root: Element | undefined, ms: number): void {
		const change = ++this.#change;
		clearTimeout(this.#timer);
		if (!(ms > 0) || !root) {
			// Instant: CSS lands every move at the next style change (the tokens are 0 too).
			this.settled = true;
			return;
		}
		this.settled = false;
		this.#timer = setTimeout(() => this.#check(root, change), ms + 50);
	}

	/** Settled once nothing in `root` moves; otherwise waits for what still does. */
	#check(root: Element, change: number): void {
		if (change !== this.#change) return;
		const moving =
			typeof root.getAnimations === 'function'
				? root
						.getAnimations({ subtree: true })
						.filter(
							(a) =>
								a.playState === 'running' &&
								Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity)
						)
				: [];
		if (moving.length === 0) {
			this.settled = true;
			return;
		}
		void Promise.allSettled(moving.map((a) => a.finished)).then(() => this.#check(root, change));
	}

	/** Stops the timer (when the chart is destroyed). */
	dispose(): void {
		this.#change += 1;
		clearTimeout(this.#timer);
	}
}
