import path from 'node:path';
import * as ts from 'typescript';

// TypeScript's errors for a text checked as one file of a fixture project: how the fix round-trip
// tests prove that a fixed file type-checks no worse, without writing the text into the project
// (which would then start with the type errors the fixtures are made of).

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
