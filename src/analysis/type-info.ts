import type { ParserServicesWithTypeInformation, TSESLint } from '@typescript-eslint/utils';
import type * as ts from 'typescript';

/** The checker and the maps between ESTree and TypeScript nodes, when the file has type information. */
export interface TypeInfo {
  readonly services: ParserServicesWithTypeInformation;
  readonly program: ts.Program;
  readonly checker: ts.TypeChecker;
}

/**
 * The file's type information, or `undefined` when it has none (another parser, or
 * `@typescript-eslint/parser` without `projectService`/`project`). Rules then run their
 * syntactic part only: never a crash, never a guess.
 */
export function getTypeInfo(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TypeInfo | undefined {
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  if (
    services?.program == null ||
    services.esTreeNodeToTSNodeMap == null ||
    services.tsNodeToESTreeNodeMap == null
  ) {
    return undefined;
  }
  const typed = services as ParserServicesWithTypeInformation;
  return { services: typed, program: typed.program, checker: typed.program.getTypeChecker() };
}
