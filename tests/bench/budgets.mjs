/**
 * Reads the budgets and goals from tests/budgets.ts (the single source) without a TypeScript
 * loader: the file has no imports, so TypeScript's own transpiler turns it into a data: module.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** `{ KB, budgets, goals, embedPages }` as exported by tests/budgets.ts. */
export async function loadBudgets(file) {
	const source = await readFile(file, 'utf8');
	const { outputText } = ts.transpileModule(source, {
		compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
	});
	return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}
