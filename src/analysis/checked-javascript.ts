import type { TSESLint } from '@typescript-eslint/utils';
import * as ts from 'typescript';
import type { TypeInfo } from './type-info.js';

// Whether TypeScript reports type errors in a file to its author: always for TypeScript; for
// JavaScript when the file says `// @ts-check` (and not `// @ts-nocheck`), or its tsconfig sets
// `checkJs`. The program's own options cannot tell: typescript-eslint turns `checkJs` on for every
// program it builds, so the tsconfig is read again (once per file version, cached).

const checkJsOfConfig = new Map<string, { readonly modified: number | undefined; readonly checkJs: boolean }>();

export function typesAreChecked(filename: string, sourceCode: Readonly<TSESLint.SourceCode>, typeInfo: TypeInfo | undefined): boolean {
  if (!/\.[cm]?jsx?$/iu.test(filename)) return true;
  const pragma = leadingCheckPragma(sourceCode);
  if (pragma !== undefined) return pragma;
  const configFile = typeInfo?.program.getCompilerOptions().configFilePath;
  return typeof configFile === 'string' && configSetsCheckJs(configFile);
}

/** `// @ts-check` → true, `// @ts-nocheck` → false, in the comments before the first token; undefined when neither. */
function leadingCheckPragma(sourceCode: Readonly<TSESLint.SourceCode>): boolean | undefined {
  const firstToken = sourceCode.ast.tokens[0];
  for (const comment of sourceCode.getAllComments()) {
    if (firstToken !== undefined && comment.range[0] >= firstToken.range[0]) break;
    const pragma = /@ts-(no)?check\b/u.exec(comment.value);
    if (pragma) return pragma[1] === undefined;
  }
  return undefined;
}

function configSetsCheckJs(configFile: string): boolean {
  const modified = ts.sys.getModifiedTime?.(configFile)?.getTime();
  const cached = checkJsOfConfig.get(configFile);
  if (cached && cached.modified === modified) return cached.checkJs;
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, undefined, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const checkJs = parsed?.options.checkJs === true;
  checkJsOfConfig.set(configFile, { modified, checkJs });
  return checkJs;
}
