/**
 * Whether a chart's transitions have finished, for `data-settled` on the chart root: false from
 * the start of a transition until the latest pending one ends (so a fast scroll that starts a
 * short transition during a long one still waits for the long one). Client-only timers.
 */
export class Settle {
	/** True when no transition is running. */
	settled = $state(true);
	#until = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * A transition of `ms` milliseconds starts now. With `replace`, it supersedes those still
	 * running (they were cut short, e.g. the marks they animated were hidden).
	 */
	start(ms: number, replace = false): void {
		const now = performance.now();
		this.#until = replace ? now + ms : Math.max(this.#until, now + ms);
		clearTimeout(this.#timer);
		if (this.#until <= now) {
			this.settled = true;
			return;
		}
		this.settled = false;
		this.#timer = setTimeout(() => (this.settled = true), this.#until - now + 50);
	}

	/** Stop the timer (when the chart is destroyed). */
	dispose(): void {
		clearTimeout(this.#timer);
	}
}
