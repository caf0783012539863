/**
 * Formats the benchmark's figures as one plain-text table, each line with its budget or goal
 * and whether it is met. Pure: takes the results object, returns a string.
 */

const kb = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (v) => (v == null ? '–' : `${Math.round(v)} ms`);
const mark = (ok) => (ok == null ? '' : ok ? 'ok' : 'MISSED');

/** The table for `results` (see bench.mjs for its shape), budgets and goals from tests/budgets.ts. */
export function formatTable(results, { budgets, goals }) {
	const rows = [];
	const head = (title) => rows.push({ title });
	const row = (label, value, target = '', ok = null) =>
		rows.push({ label, value, target, ok: mark(ok) });

	if (results.build) {
		head('Build');
		row('vite build', `${results.build.seconds.toFixed(1)} s`);
	}
	const load = results.firstLoad;
	if (load) {
		head('First load of / (bytes on the wire, gzip as served)');
		for (const [type, t] of Object.entries(load.byType)) {
			if (t.count || type !== 'other') row(`${type} (${t.count})`, kb(t.bytes));
		}
		row(
			'total (bodies)',
			kb(load.total),
			`<= ${kb(budgets.firstLoadTotal)}`,
			load.total <= budgets.firstLoadTotal
		);
		row('response headers', kb(load.headers));
		row(
			'JS the HTML names, gzipped (level 9)',
			kb(load.jsPageGzip),
			`<= ${kb(budgets.firstLoadJs)}`,
			load.jsPageGzip <= budgets.firstLoadJs
		);
		row('JS with the islands fetched at idle, gzipped', kb(load.jsGzip));
	}
	const lh = results.lighthouse;
	if (lh?.error) {
		head('Lighthouse');
		row('error', lh.error);
	} else if (lh) {
		head(`Lighthouse ${lh.version} (mobile preset, median of ${lh.runs.length})`);
		for (const [cat, score] of Object.entries(lh.scores)) {
			row(
				cat,
				score == null ? '–' : String(score),
				`${goals.lighthouseScore}`,
				score == null ? null : score >= goals.lighthouseScore
			);
		}
		row(
			'LCP',
			ms(lh.metrics.lcp),
			`<= ${goals.lcpMs} ms`,
			lh.metrics.lcp == null ? null : lh.metrics.lcp <= goals.lcpMs
		);
		row('FCP', ms(lh.metrics.fcp));
		row(
			'TBT',
			ms(lh.metrics.tbt),
			`<= ${goals.tbtMs} ms`,
			lh.metrics.tbt == null ? null : lh.metrics.tbt <= goals.tbtMs
		);
		row(
			'CLS',
			lh.metrics.cls == null ? '–' : lh.metrics.cls.toFixed(3),
			`${goals.cls}`,
			lh.metrics.cls == null ? null : lh.metrics.cls <= goals.cls
		);
		row('Speed Index', ms(lh.metrics.speedIndex));
	}
	for (const [pattern, sc] of Object.entries(results.scroll ?? {})) {
		if (sc?.error) {
			head(`Scroll-through, ${pattern}`);
			row('error', sc.error);
			continue;
		}
		const how =
			pattern === 'flick'
				? `${sc.flicks} flicks at ${sc.speed} px/s`
				: pattern === 'slow'
					? '100 px every 50 ms, down'
					: '300 px every 50 ms, up from the bottom';
		head(
			`Scroll-through, ${pattern} (390x844 touch, CPU ${sc.cpuSlowdown}x slower, ${how}${sc.reducedMotion ? ', reduced motion' : ''}, ${sc.pageHeight} px${sc.runs > 1 ? `; ${sc.runs} runs pooled` : ''})`
		);
		row('long tasks', String(sc.longTasks.count));
		row('  time over 50 ms', ms(sc.longTasks.overBudget));
		row(
			'  longest',
			ms(sc.longTasks.longest),
			`<= ${goals.longestTaskMs} ms`,
			sc.longTasks.longest <= goals.longestTaskMs
		);
		row('layout shift', sc.layoutShift.toFixed(3), `${goals.cls}`, sc.layoutShift <= goals.cls);
		row(`frame interval median (${sc.frames} frames)`, ms(sc.frameInterval.median));
		row(
			'frame interval p95',
			ms(sc.frameInterval.p95),
			`<= ${goals.frameP95Ms} ms`,
			sc.frameInterval.p95 != null && sc.frameInterval.p95 <= goals.frameP95Ms + 0.5
		);
		row('frame interval worst', ms(sc.frameInterval.worst));
		if (sc.frameInterval.over20 != null) {
			const byRun = sc.frameInterval.over20ByRun ?? [];
			row(
				'frames over 20 ms',
				byRun.length > 1
					? `${sc.frameInterval.over20} (${byRun.join(' + ')})`
					: String(sc.frameInterval.over20)
			);
		}
		for (const { step, frames } of sc.frameInterval.slowByStep ?? []) {
			row(`  frames over 20 ms at ${step}`, String(frames));
		}
	}

	const w = [0, 0, 0];
	for (const r of rows) {
		if (r.title) continue;
		w[0] = Math.max(w[0], r.label.length);
		w[1] = Math.max(w[1], r.value.length);
		w[2] = Math.max(w[2], r.target.length);
	}
	const width = w[0] + w[1] + w[2] + 14;
	const m = results.machine;
	const lines = [
		`Benchmark of the ${results.site ?? 'story'} · ${results.date} · ${m.cpus} CPU · Node ${m.node} · ${m.chromium}`,
		'─'.repeat(width)
	];
	for (const r of rows) {
		if (r.title) lines.push(r.title);
		else
			lines.push(
				`  ${r.label.padEnd(w[0])}  ${r.value.padStart(w[1])}  ${r.target.padEnd(w[2])}  ${r.ok}`.trimEnd()
			);
	}
	lines.push('─'.repeat(width));
	return lines.join('\n');
}
