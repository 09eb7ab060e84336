import path from 'node:path';
import { typeOrValueSpecifiersSchema, type TypeOrValueSpecifier } from '@typescript-eslint/type-utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

export type { TypeOrValueSpecifier };

/** The JSON schema of a list of typescript-eslint `{ from, name, package }` specifiers, with a description. */
export function specifierListSchema(description: string): JSONSchema4 {
  return { ...(typeOrValueSpecifiersSchema as unknown as JSONSchema4), description };
}

/** What a specifier is matched against: where a callee is declared (see `ResolvedCallee`). */
export interface SpecifiedValue {
  readonly module: string;
  readonly origin: 'builtin' | 'package' | 'global' | 'project';
  /** Export path, e.g. `readFileSync`, `realpathSync.native`, `Atomics.wait`. */
  readonly name: string;
}

/**
 * Whether a resolved value matches one of typescript-eslint's value specifiers. Names match the full
 * export path or its last segment (`'readFileSync'`, `'Atomics.wait'` or `'wait'`). A package
 * specifier matches Node built-ins with or without `node:` (`{ from: 'package', package: 'fs', name: 'readFileSync' }`);
 * a file specifier's `path` is relative to `cwd`.
 */
export function matchesSomeSpecifier(
  value: SpecifiedValue,
  specifiers: readonly TypeOrValueSpecifier[],
  cwd: string,
): boolean {
  return specifiers.some((specifier) => matchesSpecifier(value, specifier, cwd));
}

function matchesSpecifier(value: SpecifiedValue, specifier: TypeOrValueSpecifier, cwd: string): boolean {
  if (typeof specifier === 'string') return nameMatches(value.name, specifier);
  if (!nameMatches(value.name, specifier.name)) return false;
  switch (specifier.from) {
    case 'lib':
      return value.origin === 'global';
    case 'package':
      return (value.origin === 'package' || value.origin === 'builtin') && value.module === specifier.package.replace(/^node:/u, '');
    case 'file':
      return (
        value.origin === 'project' &&
        (specifier.path === undefined || path.resolve(cwd, specifier.path) === path.resolve(value.module))
      );
  }
}

function nameMatches(fullName: string, names: string | readonly string[]): boolean {
  const last = fullName.slice(fullName.lastIndexOf('.') + 1);
  return (typeof names === 'string' ? [names] : names).some((name) => name === fullName || name === last);
}
