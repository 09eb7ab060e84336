import path from 'node:path';
import type { TypeOrValueSpecifier } from '@typescript-eslint/type-utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';

export type { TypeOrValueSpecifier };

const names: JSONSchema4 = {
  description: 'The export name, or several; matched against the full export path (`realpathSync.native`) or its last segment.',
  oneOf: [
    { type: 'string' },
    { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
  ],
};

/**
 * The JSON schema of a list of typescript-eslint `{ from, name, package }` specifiers (the same shape
 * as `@typescript-eslint/type-utils`' `TypeOrValueSpecifier`), with a description on every property
 * so schema errors and the generated docs explain themselves.
 */
export function specifierListSchema(description: string): JSONSchema4 {
  return {
    type: 'array',
    description,
    items: {
      oneOf: [
        { type: 'string', description: 'A name, matched wherever it is declared.' },
        {
          type: 'object',
          description: 'A value declared in one of your own files.',
          additionalProperties: false,
          properties: {
            from: { type: 'string', enum: ['file'], description: 'Declared in a project file.' },
            name: names,
            path: { type: 'string', description: 'The file, relative to the project root; any project file when omitted.' },
          },
          required: ['from', 'name'],
        },
        {
          type: 'object',
          description: "A value of TypeScript's default library (a global such as `Atomics.wait`).",
          additionalProperties: false,
          properties: {
            from: { type: 'string', enum: ['lib'], description: 'Declared in the default library.' },
            name: names,
          },
          required: ['from', 'name'],
        },
        {
          type: 'object',
          description: 'A value exported by a package or a Node built-in module.',
          additionalProperties: false,
          properties: {
            from: { type: 'string', enum: ['package'], description: 'Declared in a package.' },
            name: names,
            package: { type: 'string', description: 'The package name; Node built-ins with or without `node:`.' },
          },
          required: ['from', 'name', 'package'],
        },
      ],
    },
  };
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

/** Every name the specifiers name (`'hash'`, `['a', 'b']`, `'Effect.runSync'`), for syntactic prefiltering. */
export function specifiedNames(specifiers: readonly TypeOrValueSpecifier[]): string[] {
  return specifiers.flatMap((specifier) => {
    const names = typeof specifier === 'string' ? specifier : specifier.name;
    return typeof names === 'string' ? [names] : [...names];
  });
}
