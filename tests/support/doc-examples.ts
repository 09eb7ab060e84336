// Reads the ❌ / ✅ examples out of a rule's docs/rules/<rule>.md.

export interface DocExample {
  /** Whether the block is under a ❌ heading (must report) or a ✅ one (must not). */
  readonly kind: 'incorrect' | 'correct';
  /** The file extension the block is linted as, from the fence's language: `ts`, `mts`, `cts`, `js`, `mjs`, `cjs`. */
  readonly extension: string;
  /** Rule options from the fence, typescript-eslint style: ```` ```ts option='{"checkCliModules": true}' ````. */
  readonly options: unknown[] | undefined;
  readonly code: string;
  /** 1-based line of the opening fence in the doc. */
  readonly line: number;
}

const EXTENSIONS: Record<string, string> = {
  ts: 'ts',
  typescript: 'ts',
  mts: 'mts',
  cts: 'cts',
  js: 'js',
  javascript: 'js',
  mjs: 'mjs',
  cjs: 'cjs',
};

/**
 * The fenced code blocks that follow a heading containing ❌ (`#### ❌ Incorrect`) or ✅
 * (`#### ✅ Correct`), up to the next heading. Throws on a block there whose language cannot be
 * linted, or whose `option='…'` is not JSON.
 */
export function extractExamples(markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  const lines = markdown.split('\n');
  let kind: DocExample['kind'] | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/^#{1,6}\s/u.test(line)) {
      kind = line.includes('❌') ? 'incorrect' : line.includes('✅') ? 'correct' : undefined;
      continue;
    }
    const fence = /^(`{3,}|~{3,})\s*([\w-]*)(.*)$/u.exec(line);
    if (!fence) continue;
    const [, marker = '```', language = '', info = ''] = fence;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !(lines[index] ?? '').startsWith(marker); index++) body.push(lines[index] ?? '');
    if (!kind) continue;
    const extension = EXTENSIONS[language.toLowerCase()];
    if (!extension) throw new Error(`line ${start + 1}: a ${kind === 'incorrect' ? '❌' : '✅'} example in \`${language || 'no language'}\` cannot be linted; use ts or js`);
    examples.push({ kind, extension, options: parseOptions(info, start + 1), code: `${body.join('\n')}\n`, line: start + 1 });
  }
  return examples;
}

function parseOptions(info: string, line: number): unknown[] | undefined {
  const match = /\boption='([^']*)'/u.exec(info);
  if (!match) return undefined;
  try {
    return [JSON.parse(match[1] ?? '') as unknown];
  } catch {
    throw new Error(`line ${line}: option='${match[1]}' is not JSON`);
  }
}
