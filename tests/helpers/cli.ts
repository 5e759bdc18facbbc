/**
 * Shared test helpers: run the real CLI in a child process, make temporary folders, and look for
 * what a run must never leave behind (temporary files, stack traces).
 *
 * The CLI is spawned with `process.execPath` — the Node that runs vitest (the project's Node 24
 * when tests are started through `npx`/`npm`), never whatever `node` is first on PATH.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

/** The repository root (tests run with it as cwd, but do not rely on that). */
export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'bin', 'explainer.js');
export const SEEDS = join(ROOT, 'sources', 'nato-ukraine-aid');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

/** Runs `explainer <args>` to completion (synchronously) and returns its exit code and output. */
export function runCli(args: string[], options: RunOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cliEnv(options.env),
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `explainer <args>` to completion without blocking the test process (for concurrent tests). */
export async function runCliAsync(args: string[], options: RunOptions = {}): Promise<CliResult> {
  const { child, done } = startCli(args, options);
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
  try {
    return await done;
  } finally {
    clearTimeout(timer);
  }
}

/** Starts `explainer <args>` without waiting; `done` resolves when it exits. */
export function startCli(
  args: string[],
  options: RunOptions = {},
): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cliEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliResult>((resolveDone, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolveDone({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
  delete env.EXPLAINER_DEBUG;
  if (extra.EXPLAINER_DEBUG) env.EXPLAINER_DEBUG = extra.EXPLAINER_DEBUG;
  return env;
}

/** A fresh temporary folder; remove it with `rmSync(dir, { recursive: true, force: true })`. */
export function tempDir(label = 'explainer-test-'): string {
  return mkdtempSync(join(tmpdir(), label));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir` (relative, `/`-separated, sorted), dot files included. */
export function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string): void => {
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split('\\').join('/'));
    }
  };
  if (exists(dir)) walk(dir);
  return out.sort();
}

export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Temporary files of an interrupted atomic write (`.<hex>.tmp`) and other partial-write debris. */
export function leftovers(dir: string): string[] {
  return listTree(dir).filter(
    (file) => /(^|\/)\.[^/]*\.tmp$/.test(file) || /\.(tmp|partial|swp)$/.test(file),
  );
}

/** A Node stack frame ("\n    at foo (file:1:2)") anywhere in the output. */
export const STACK_TRACE = /\n\s+at /;
