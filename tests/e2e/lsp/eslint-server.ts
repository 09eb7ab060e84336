// Starts `vscode-eslint-language-server` (the engine of the VS Code ESLint extension, from the npm package
// vscode-langservers-extracted) the way the extension does: over stdio, one workspace folder, and answering
// its `workspace/configuration` requests with the settings object the extension's client builds.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './client.js';

const require = createRequire(import.meta.url);

/** The path of the server's start script in node_modules. */
export function eslintServerScript(): string {
  const packageJson = require.resolve('vscode-langservers-extracted/package.json');
  return path.join(path.dirname(packageJson), 'bin', 'vscode-eslint-language-server');
}

/** The workspace folder as LSP names it. */
export interface WorkspaceFolder {
  name: string;
  uri: string;
}

/**
 * The per-document settings the extension's client sends for `workspace/configuration` (section ''),
 * with the extension's defaults: validate on, lint on type, flat config, the disable-comment and
 * documentation code actions on, no formatting, no rule customizations. The working directory is
 * found from the location of the nearest `eslint.config.js` (`{ mode: 'location' }`).
 */
export function vscodeEslintSettings(workspaceFolder: WorkspaceFolder) {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    useFlatConfig: true,
    experimental: { useFlatConfig: false },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: 'location' },
    workspaceFolder,
  };
}

/** The ESLint server's own requests to its client that report a failure (no ESLint, no config, probe failed). */
export const ESLINT_FAILURE_REQUESTS = ['eslint/noLibrary', 'eslint/noConfig', 'eslint/probeFailed'] as const;

/** What an editor that supports code action literals, pull diagnostics and workspace edits declares. */
const CLIENT_CAPABILITIES = {
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: false },
    executeCommand: { dynamicRegistration: false },
    diagnostics: { refreshSupport: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    codeAction: {
      dynamicRegistration: false,
      isPreferredSupport: true,
      codeActionLiteralSupport: {
        codeActionKind: {
          valueSet: ['', 'quickfix', 'refactor', 'source', 'source.organizeImports', 'source.fixAll'],
        },
      },
    },
  },
};

/**
 * Starts the ESLint language server on `workspaceDir` and completes the `initialize` handshake.
 * The server's other requests are answered as the extension answers them: settings per document,
 * the one workspace folder, acknowledgement of capability registrations and diagnostic refreshes, and
 * `{}` for the ESLint-specific failure requests (which stay recorded in `serverRequests`).
 */
export async function startEslintServer(workspaceDir: string, requestTimeoutMs: number): Promise<LspClient> {
  const workspaceFolder: WorkspaceFolder = { name: path.basename(workspaceDir), uri: pathToFileURL(workspaceDir).href };
  const settings = vscodeEslintSettings(workspaceFolder);
  const client = LspClient.start({
    command: [process.execPath, eslintServerScript(), '--stdio'],
    cwd: workspaceDir,
    requestTimeoutMs,
    handlers: {
      'workspace/configuration': (params) => (params as { items: unknown[] }).items.map(() => settings),
      'workspace/workspaceFolders': () => [workspaceFolder],
      'client/registerCapability': () => null,
      'client/unregisterCapability': () => null,
      'window/workDoneProgress/create': () => null,
      'workspace/diagnostic/refresh': () => null,
      'eslint/openDoc': () => ({}),
      ...Object.fromEntries(ESLINT_FAILURE_REQUESTS.map((method) => [method, () => ({})])),
    },
  });
  await client.request('initialize', {
    processId: process.pid,
    clientInfo: { name: 'eslint-plugin-event-loop e2e' },
    rootUri: workspaceFolder.uri,
    workspaceFolders: [workspaceFolder],
    capabilities: CLIENT_CAPABILITIES,
  });
  await client.notify('initialized', {});
  return client;
}
