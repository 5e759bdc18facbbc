/**
 * Run a command and measure it: wall-clock seconds (ours) and peak RSS of the whole process tree
 * as the kernel reports it to /usr/bin/time -v ("Maximum resident set size": the largest RSS of
 * the child or any descendant it waited for — not a sum over processes).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TimedRun {
  command: string;
  code: number | null;
  seconds: number;
  /** Peak RSS in MB (MiB), null when /usr/bin/time is unavailable. */
  maxRssMB: number | null;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

/** Shell-quoted, for printing the exact command in results. */
export function quote(args: string[]): string {
  return args.map((a) => (/^[\w./=:@%+,-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

export async function runTimed(
  file: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; echo?: boolean } = {},
): Promise<TimedRun> {
  const useTime = existsSync(TIME);
  const scratch = mkdtempSync(join(tmpdir(), 'explainer-bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  const argv = useTime ? [TIME, '-v', '-o', timeFile, file, ...args] : [file, ...args];
  const started = performance.now();
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (options.echo) process.stderr.write(chunk);
  });
  const timer = options.timeoutMs
    ? setTimeout(() => {
        stderr += `\n[bench] timed out after ${options.timeoutMs} ms; killed\n`;
        child.kill('SIGKILL');
      }, options.timeoutMs)
    : null;
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  if (timer) clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  let maxRssMB: number | null = null;
  if (useTime && existsSync(timeFile)) {
    const report = readFileSync(timeFile, 'utf8');
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    if (match) maxRssMB = Number(match[1]) / 1024;
    const status = /Exit status: (\d+)/.exec(report);
    if (status && code === 0 && Number(status[1]) !== 0) stderr += `\n[bench] exit status ${status[1]}`;
  }
  rmSync(scratch, { recursive: true, force: true });
  return { command: quote([file, ...args]), code, seconds, maxRssMB, stdout, stderr };
}

/** The last line of stdout that parses as a JSON object (children print their result that way). */
export function lastJson<T>(stdout: string): T | null {
  const lines = stdout.trim().split('\n').reverse();
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) continue;
    try {
      return JSON.parse(trimmed) as T;
    } catch {
      // not JSON; keep looking
    }
  }
  return null;
}

/** Last lines of a failed run's output, for the report. */
export function tail(text: string, lines = 8): string {
  const kept = text
    .trim()
    .split('\n')
    .filter((line) => !/^\s+at /.test(line) && !/^\s*Stack trace:/.test(line));
  return kept.slice(-lines).join('\n');
}
