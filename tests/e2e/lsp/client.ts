// A small Language Server Protocol client over stdio for end-to-end tests: starts a server process,
// answers the requests a server sends to its editor, and puts a time limit on every request so a hung
// server fails a test with a message saying what it was waiting for instead of stalling CI.
import { spawn, type ChildProcess } from 'node:child_process';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

// The few LSP shapes the tests read (LSP 3.17; positions are 0-based, characters count UTF-16 code units).
export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface TextDocumentEdit {
  textDocument: { uri: string; version: number | null };
  edits: TextEdit[];
}
export interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: TextDocumentEdit[];
}
export interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}
export interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit?: WorkspaceEdit;
  command?: Command;
}

/** What the client answers when the server asks it something: a handler per method. */
export type RequestHandlers = Record<string, (params: unknown) => unknown>;

export interface LspClientOptions {
  /** The server's command line, e.g. `[process.execPath, '<server>.js', '--stdio']`. */
  command: readonly [string, ...string[]];
  cwd: string;
  /** How long any one request may take before it fails. */
  requestTimeoutMs: number;
  /** Answers to requests from the server; `workspace/applyEdit` is answered by the client itself. */
  handlers?: RequestHandlers;
}

/** A request the server sent to the client, as received. */
export interface ServerRequest {
  method: string;
  params: unknown;
}

/** A language server process and the JSON-RPC connection to it. */
export class LspClient {
  /** Every request the server sent, in order. */
  readonly serverRequests: ServerRequest[] = [];
  /** Every `workspace/applyEdit` the server asked for, in order (the client applies nothing itself). */
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** Every notification the server sent, in order. */
  readonly notifications: ServerRequest[] = [];
  /** The server's `window/logMessage` lines and stderr, for failure messages. */
  readonly log: string[] = [];

  private readonly exited: Promise<string>;
  private exitCode: number | null | undefined;
  private stopping: Promise<number | null | undefined> | undefined;

  private constructor(
    private readonly process: ChildProcess,
    private readonly connection: MessageConnection,
    private readonly requestTimeoutMs: number,
  ) {
    this.exited = new Promise((resolve) => {
      process.once('exit', (code, signal) => {
        this.exitCode = code;
        resolve(`the server exited (code ${String(code)}, signal ${String(signal)})`);
      });
      process.once('error', (error) => {
        this.exitCode ??= null;
        resolve(`the server could not be started or stopped (${error.message})`);
      });
    });
  }

  /** Starts the server process and listens; call {@link initialize} next. */
  static start(options: LspClientOptions): LspClient {
    const [executable, ...args] = options.command;
    const child = spawn(executable, args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection, options.requestTimeoutMs);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => client.log.push(`[stderr] ${chunk.trimEnd()}`));
    connection.onNotification((method, params) => {
      client.notifications.push({ method, params });
      if (method === 'window/logMessage') client.log.push((params as { message: string }).message);
    });
    const handlers = options.handlers ?? {};
    connection.onRequest((method, params) => {
      client.serverRequests.push({ method, params });
      if (method === 'workspace/applyEdit') {
        client.appliedEdits.push((params as { edit: WorkspaceEdit }).edit);
        return { applied: true };
      }
      const handler = handlers[method];
      return handler ? handler(params) : null;
    });
    connection.listen();
    return client;
  }

  /** Sends a request and waits for its answer, failing after the time limit or when the server dies. */
  async request<R>(method: string, params: unknown): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`LSP request '${method}' got no answer within ${this.requestTimeoutMs} ms.${this.logTail()}`)),
        this.requestTimeoutMs,
      );
    });
    const died = this.exited.then((how) => {
      throw new Error(`LSP request '${method}' failed: ${how}.${this.logTail()}`);
    });
    try {
      return await Promise.race([this.connection.sendRequest<R>(method, params), timeout, died]);
    } finally {
      clearTimeout(timer);
    }
  }

  async notify(method: string, params?: unknown): Promise<void> {
    await this.connection.sendNotification(method, params);
  }

  /** Runs a `workspace/executeCommand` and returns the one edit the server asked the client to apply for it. */
  async executeCommandForEdit(command: Command): Promise<WorkspaceEdit> {
    const before = this.appliedEdits.length;
    await this.request('workspace/executeCommand', { command: command.command, arguments: command.arguments ?? [] });
    const edits = this.appliedEdits.slice(before);
    if (edits.length !== 1) {
      throw new Error(`Command '${command.title}' (${command.command}) asked to apply ${edits.length} edits, expected 1.`);
    }
    return edits[0]!;
  }

  /**
   * `shutdown`, then `exit`, then waits for the process to end, and returns its exit code. A server
   * that does not answer or does not exit in time is killed, and the returned promise rejects.
   * Calling it again returns the same promise.
   */
  stop(): Promise<number | null | undefined> {
    this.stopping ??= this.shutdown();
    return this.stopping;
  }

  private async shutdown(): Promise<number | null | undefined> {
    try {
      if (this.exitCode === undefined) {
        await this.request('shutdown', null);
        await this.notify('exit');
        const gone = await Promise.race([this.exited.then(() => true), delay(this.requestTimeoutMs).then(() => false)]);
        if (!gone) throw new Error(`The server did not exit within ${this.requestTimeoutMs} ms of 'exit'; killed it.`);
      }
      return this.exitCode;
    } catch (error) {
      this.process.kill();
      throw error;
    } finally {
      this.connection.dispose();
    }
  }

  private logTail(): string {
    const tail = this.log.slice(-20).join('\n');
    return tail ? `\nLast server log lines:\n${tail}` : ' The server logged nothing.';
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** The offset in `text` of an LSP position (characters are UTF-16 code units, as JavaScript strings count). */
export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) throw new Error(`Line ${position.line} is past the end of the text.`);
    offset = next + 1;
  }
  return offset + position.character;
}

/** Applies LSP text edits (non-overlapping, ranges in the original text) to `text`. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const located = edits
    .map((edit) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const { start, end, newText } of located) {
    result = result.slice(0, start) + newText + result.slice(end);
  }
  return result;
}

/** Applies the part of a workspace edit that targets `uri` to that document's `text`; fails if it touches others. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit): string {
  const byDocument = [
    ...Object.entries(edit.changes ?? {}),
    ...(edit.documentChanges ?? []).map((change): [string, TextEdit[]] => [change.textDocument.uri, change.edits]),
  ];
  const others = byDocument.filter(([target]) => target !== uri).map(([target]) => target);
  if (others.length > 0) throw new Error(`The edit also changes other documents: ${others.join(', ')}`);
  return applyTextEdits(
    text,
    byDocument.flatMap(([, edits]) => edits),
  );
}
