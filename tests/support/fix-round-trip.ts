import path from 'node:path';
import { Linter } from 'eslint';
import * as parser from '@typescript-eslint/parser';
import ts from 'typescript';
import { fixturesDir } from '../rule-tester.js';

// The fix round trips of the rule tests: lint and fix a text as one file of the fixture project
// (tests/fixtures), with type information, and type-check it before and after, without writing the
// text into the project (which would then start with the type errors the fixtures are made of).

export interface FixRoundTrip {
  /** The fixture file the texts stand for. */
  readonly target: string;
  readonly linter: Linter;
  /** Only `ruleName`, as `event-loop/<ruleName>` with `entry`, on files with `target`'s extension. */
  readonly config: Linter.Config[];
  /** TypeScript's errors for a text as `target`, as `line: message`. */
  readonly typeErrors: (text: string) => string[];
}

/** A round trip for one rule on `fileName` (`file.ts`, `script.js`) of the fixture project. */
export function createFixRoundTrip(ruleName: string, rule: unknown, entry: Linter.RuleEntry, fileName: string): FixRoundTrip {
  const target = path.join(fixturesDir, fileName);
  const config: Linter.Config[] = [
    {
      files: [`**/*${path.extname(fileName)}`],
      languageOptions: {
        parser: parser as Linter.Parser,
        parserOptions: {
          projectService: { allowDefaultProject: [], maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 0 },
          tsconfigRootDir: fixturesDir,
        },
      },
      plugins: { 'event-loop': { rules: { [ruleName]: rule as never } } },
      rules: { [`event-loop/${ruleName}`]: entry },
    },
  ];
  const typeErrors = createTypeErrors(path.join(fixturesDir, 'tsconfig.json'), target);
  return { target, linter: new Linter({ configType: 'flat' }), config, typeErrors };
}

/**
 * A function that type-checks a text as `target` (a file of the project of `tsconfigPath`), with
 * the project's options, and returns its errors as `line: message`. Programs are reused between calls.
 */
export function createTypeErrors(tsconfigPath: string, target: string): (text: string) => string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(tsconfigPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`${tsconfigPath} cannot be read`);
  const options = parsed.options;
  let previousProgram: ts.Program | undefined;
  return (text) => {
    const host = ts.createCompilerHost(options);
    const readSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersionOrOptions, ...rest) =>
      path.resolve(fileName) === target
        ? ts.createSourceFile(fileName, text, languageVersionOrOptions)
        : (previousProgram?.getSourceFile(fileName) ?? readSourceFile(fileName, languageVersionOrOptions, ...rest));
    const program = ts.createProgram({ rootNames: [target], options, host, oldProgram: previousProgram });
    previousProgram = program;
    return ts.getPreEmitDiagnostics(program, program.getSourceFile(target)).map((diagnostic) => {
      const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
      return `${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
    });
  };
}
