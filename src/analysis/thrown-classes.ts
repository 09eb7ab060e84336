import ts from 'typescript';
import { functionOf } from './module-state.js';

// The classes a function throws instances of (`throw new ParseError(…)`), read from its own body,
// callbacks in it included. An error thrown in a worker thread comes back as a copy: a plain `Error`
// with the name and message kept, so a caller's `err instanceof ParseError` no longer holds
// (prefer-worker-offload). The built-in errors (`Error`, `TypeError` …) are no classes in the
// default library's declarations, and survive the copy as themselves.

/** The first class the function declared by `symbol` throws a new instance of, by name; undefined when none is seen. */
export function thrownClassOf(checker: ts.TypeChecker, symbol: ts.Symbol): string | undefined {
  const body = functionOf(symbol)?.body;
  if (!body) return undefined;
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found !== undefined) return;
    if (ts.isThrowStatement(node) && node.expression && ts.isNewExpression(node.expression)) {
      let thrown = checker.getSymbolAtLocation(node.expression.expression);
      if (thrown && thrown.flags & ts.SymbolFlags.Alias) thrown = checker.getAliasedSymbol(thrown);
      if (thrown && thrown.flags & ts.SymbolFlags.Class) {
        found = thrown.getName();
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(body);
  return found;
}
