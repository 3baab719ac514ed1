/**
 * A real LSP client over stdio for the tests: it spawns the bundled server (dist/server.js),
 * speaks JSON-RPC through vscode-languageserver-protocol, answers the server's requests
 * (configuration, capability registration, progress) and records what the server publishes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type ProtocolConnection,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { StatusNotification } from '../../protocol/src/index.js';

/** no import of the vitest helpers here: the benchmarks use this client too */
const REPO = path.resolve(__dirname, '..', '..');
export const SERVER = path.join(REPO, 'dist', 'server.js');

export interface Client {
  connection: ProtocolConnection;
  process: ChildProcess;
  root: string;
  diagnostics: Map<string, Diagnostic[]>;
  progress: unknown[];
  logs: string[];
  settings: Record<string, unknown>;
  uri(rel: string): string;
  /** resolves when `predicate` holds (checked on each publication of diagnostics or progress) */
  waitFor(predicate: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  open(rel: string, text?: string): Promise<string>;
  stop(): Promise<void>;
}

/** A copy of the example dossier (or of `tree`) in a temporary folder. */
export function copyExample(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'has-dossier-lsp-'));
  fs.cpSync(path.join(REPO, 'examples', 'ch-exemple'), dir, { recursive: true });
  return dir;
}

export async function startClient(
  root: string,
  settings: Record<string, unknown> = { asOf: '2026-11-23', rules: {}, language: 'fr' },
  server = SERVER,
  nodeArgs: string[] = [],
): Promise<Client> {
  const proc = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const connection = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const diagnostics = new Map<string, Diagnostic[]>();
  const waiters = new Set<() => void>();
  const client: Client = {
    connection,
    process: proc,
    root,
    diagnostics,
    progress: [],
    logs: [],
    settings,
    uri: rel => URI.file(path.join(root, rel)).toString(),
    waitFor(predicate, what, timeoutMs = 15_000) {
      if (predicate()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const check = () => {
          if (predicate()) {
            clearTimeout(timer);
            waiters.delete(check);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          const dump = [...diagnostics]
            .map(
              ([u, ds]) =>
                `${path.relative(root, URI.parse(u).fsPath)}: ${ds.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`).join(', ')}`,
            )
            .join('\n');
          reject(new Error(`timed out waiting for ${what}\npublished:\n${dump}\nserver log:\n${client.logs.slice(-10).join('\n')}`));
        }, timeoutMs);
        waiters.add(check);
      });
    },
    async open(rel, text) {
      const uri = client.uri(rel);
      await connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'yaml', version: 1, text: text ?? fs.readFileSync(path.join(root, rel), 'utf8') },
      });
      return uri;
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        /* already gone */
      }
      connection.dispose();
      proc.kill();
    },
  };
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
    diagnostics.set(p.uri, p.diagnostics);
    for (const w of [...waiters]) w();
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => {
    client.logs.push(p.message);
  });
  connection.onNotification('$/progress', (p: unknown) => {
    client.progress.push(p);
    for (const w of [...waiters]) w();
  });
  connection.onNotification(StatusNotification, () => undefined);
  connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => client.settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    locale: 'fr',
    rootUri: URI.file(root).toString(),
    workspaceFolders: [{ uri: URI.file(root).toString(), name: path.basename(root) }],
    capabilities: {
      workspace: {
        configuration: true,
        workspaceFolders: true,
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
      },
      window: { workDoneProgress: true },
      textDocument: {
        publishDiagnostics: { relatedInformation: true },
        completion: { completionItem: { snippetSupport: false } },
        hover: { contentFormat: ['markdown'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    },
  });
  await connection.sendNotification('initialized', {});
  return client;
}

/** Applies LSP text edits to a text (edits do not overlap; applied from the end). */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: Range['start']) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

/** Position of the `|` marker in a text, and the text without it. */
export function cursor(marked: string): { text: string; position: { line: number; character: number } } {
  const i = marked.indexOf('|');
  const before = marked.slice(0, i).split('\n');
  return { text: marked.slice(0, i) + marked.slice(i + 1), position: { line: before.length - 1, character: before.at(-1)!.length } };
}
