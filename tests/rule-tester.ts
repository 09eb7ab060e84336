import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';

export const fixturesDir = path.join(import.meta.dirname, 'fixtures');

/**
 * A RuleTester with type information from `tests/fixtures/tsconfig.json`. Cases default to
 * `file.ts`; set `filename` (`'file.mts'`, `'file.cts'`, and for JavaScript `'script.js'`, `'script.mjs'`, `'script.cjs'`: a `.js` file may not share its base name with a `.ts` one) for other module kinds.
 */
export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [],
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 0,
        },
        tsconfigRootDir: fixturesDir,
      },
    },
  });
}

/** A RuleTester with `@typescript-eslint/parser` and no type information: the rules' syntactic reach. */
export function createUntypedRuleTester(): RuleTester {
  return new RuleTester();
}
