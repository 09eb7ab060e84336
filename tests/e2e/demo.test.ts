// End-to-end: `node scripts/demo.js` (what `npm run demo` runs after the build) lints the bundled
// example, fixes a temporary copy, shows the diff and type-checks the result, leaving examples/ untouched.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const built = existsSync(path.join(root, 'dist', 'index.js'));
const TIMEOUT = 180_000;

if (!built) {
  console.warn('tests/e2e/demo.test.ts skipped: dist/index.js is missing; run `npm run build` first (`npm test` does).');
}

describe.skipIf(!built)('npm run demo', () => {
  let run: SpawnSyncReturns<string>;
  let examplesBefore: string;
  let examplesAfter: string;
  let tempDirsLeft: string[];
  // The demo's TMPDIR, so what it leaves behind can be told apart from other processes' files.
  let tmpdir: string;

  beforeAll(() => {
    tmpdir = mkdtempSync(path.join(os.tmpdir(), 'demo-test-tmp-'));
    examplesBefore = hashTree(path.join(root, 'examples'));
    run = runDemo({ TMPDIR: tmpdir });
    examplesAfter = hashTree(path.join(root, 'examples'));
    tempDirsLeft = readdirSync(tmpdir);
  }, TIMEOUT);

  afterAll(() => {
    rmSync(tmpdir, { recursive: true, force: true });
  });

  it('exits with 0', () => {
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
  });

  it('reports the blocking calls of the request handlers at their lines, and the one in the CommonJS file', () => {
    const blocking = (file: string) =>
      findingsOf(run.stdout, file)
        .filter((finding) => finding.rule === 'event-loop/no-sync-in-async')
        .map(({ position, api }) => ({ position, api }));

    expect(blocking('examples/service/src/handlers.ts')).toEqual([
      { position: '19:8', api: 'existsSync' },
      { position: '23:16', api: 'readFileSync' },
      { position: '27:13', api: 'gzipSync' },
      { position: '53:16', api: 'pbkdf2Sync' },
      { position: '66:18', api: 'execSync' },
    ]);
    expect(blocking('examples/service/src/legacy/report.cjs')).toEqual([{ position: '9:18', api: 'readFileSync' }]);
  });

  it('does not report the CLI script, the worker module or startup code', () => {
    for (const file of ['cli.ts', 'archive-worker.ts', 'config.ts', 'server.ts']) {
      expect(findingsOf(run.stdout, `examples/service/src/${file}`).filter((f) => f.rule === 'event-loop/no-sync-in-async')).toEqual([]);
    }
  });

  it('prints the --fix diff with the awaited async forms', () => {
    const diff = section(run.stdout, 'eslint --fix on a copy', 'remain after --fix');
    expect(diff).toContain(
      [
        '--- a/examples/service/src/handlers.ts',
        '+++ b/examples/service/src/handlers.ts',
      ].join('\n'),
    );
    expect(diff).toContain(['-  const body = fs.readFileSync(file);', '+  const body = await fs.promises.readFile(file);'].join('\n'));
    expect(diff).toContain(
      [
        "-  const header = fs.readFileSync(HEADER_FILE, 'utf8').trim();",
        "+  const header = (await fs.promises.readFile(HEADER_FILE, 'utf8')).trim();",
      ].join('\n'),
    );
  });

  it('says the fixed copy still type-checks', () => {
    expect(run.stdout).toMatch(/^Fixed code type-checks: yes$/m);
  });

  it('leaves examples/ byte-for-byte unchanged and removes its temporary copy', () => {
    expect(examplesAfter).toBe(examplesBefore);
    expect(tempDirsLeft).toEqual([]);
  });

  it('prints no colour codes when NO_COLOR is set', () => {
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('prints the same diff without git, from its built-in diff', () => {
    const emptyBin = mkdtempSync(path.join(os.tmpdir(), 'demo-test-path-'));
    try {
      const withoutGit = runDemo({ PATH: emptyBin });
      expect(withoutGit.status, withoutGit.stderr).toBe(0);
      // git adds the enclosing function's first line after a hunk header; the built-in diff does not.
      const hunks = (output: string) => section(output, 'eslint --fix on a copy', 'remain after --fix').replace(/^(@@ [^@]+ @@).*$/gm, '$1');
      expect(hunks(withoutGit.stdout)).toBe(hunks(run.stdout));
    } finally {
      rmSync(emptyBin, { recursive: true, force: true });
    }
  }, TIMEOUT);

  it('starts from an example that type-checks as shipped', () => {
    const tsc = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', path.join(root, 'examples', 'service', 'tsconfig.json')],
      { encoding: 'utf8' },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, TIMEOUT);
});

function runDemo(env: Record<string, string> = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [path.join(root, 'scripts', 'demo.js')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: TIMEOUT,
  });
}

interface Finding {
  position: string;
  rule: string;
  kind: string;
  api: string | undefined;
}

/** The findings the demo lists under `file`: a `line:col  severity  rule  [kind]` line, then the message. */
function findingsOf(output: string, file: string): Finding[] {
  const lines = output.split('\n');
  const start = lines.indexOf(file);
  if (start === -1) return [];
  const findings: Finding[] = [];
  for (let i = start + 1; i < lines.length && lines[i] !== ''; i += 2) {
    const head = /^ {2}(\d+:\d+) +(?:error|warn) +(\S+) +\[(\w+)\]$/.exec(lines[i] ?? '');
    if (!head) throw new Error(`unexpected line under ${file}: ${lines[i]}`);
    const api = /^ {6}`([\w.]+)`/.exec(lines[i + 1] ?? '')?.[1];
    findings.push({ position: head[1] ?? '', rule: head[2] ?? '', kind: head[3] ?? '', api });
  }
  return findings;
}

/** The output from the line that starts with `from` up to (not including) the line that contains `to`. */
function section(output: string, from: string, to: string): string {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith(from));
  const end = lines.findIndex((line, index) => index > start && line.includes(to));
  expect(start, `no line starting with "${from}"`).toBeGreaterThanOrEqual(0);
  expect(end, `no line containing "${to}"`).toBeGreaterThan(start);
  return lines.slice(start, end).join('\n');
}

/** A hash of every path and file content (symlink targets for links) under `dir`, in a stable order. */
function hashTree(dir: string): string {
  const hash = createHash('sha256');
  const walk = (current: string): void => {
    const entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      hash.update(`${path.relative(dir, full)}\0`);
      if (entry.isDirectory()) walk(full);
      else if (entry.isSymbolicLink()) hash.update(`-> ${readlinkSync(full)}\0`);
      else hash.update(readFileSync(full)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}
