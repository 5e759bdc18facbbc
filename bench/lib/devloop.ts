/**
 * The journalist's edit loop in `astro dev`: how long from saving an article's MDX to the dev server
 * serving the page with the change. Starts the dev server on a site project (bench/lib/site.ts),
 * waits for the article page, then N times writes a new word into the article's first paragraph and
 * polls the page (every 20 ms) until the word is served.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO_BIN } from './site.ts';

export interface DevLoopResult {
  /** Seconds from each save to the page serving it, in order. */
  rounds: number[];
  /** Seconds from starting `astro dev` to the article page's first 200. */
  startSeconds: number;
  page: string;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function fetchText(url: string): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(url);
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: '' };
  }
}

async function waitFor(test: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await test()) return true;
    await sleep(20);
  }
  return false;
}

/** `root` holds a site project whose content/stories/<story>/ was ingested. */
export async function measureDevLoop(root: string, story: string, rounds: number): Promise<DevLoopResult> {
  const articlesDir = join(root, 'content', 'stories', story, 'articles');
  const file = readdirSync(articlesDir).find((name) => name.endsWith('.mdx'));
  if (!file) throw new Error(`${articlesDir}: no article MDX`);
  const port = 4400 + Math.floor(Math.random() * 400);
  const page = `http://127.0.0.1:${port}/${story}/articles/${file.replace(/\.mdx$/, '')}/`;
  const started = performance.now();
  const server = spawn(process.execPath, [ASTRO_BIN, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    const up = await waitFor(async () => (await fetchText(page)).status === 200, 180_000);
    if (!up) throw new Error(`astro dev did not serve ${page} within 180 s:\n${output.slice(-2000)}`);
    const startSeconds = (performance.now() - started) / 1000;
    const path = join(articlesDir, file);
    const original = readFileSync(path, 'utf8');
    const times: number[] = [];
    try {
      for (let round = 0; round < rounds; round++) {
        const word = `benchedit${round}x${Date.now()}`;
        const edited = original.replace(/<P n=\{0\}>/, `<P n={0}>${word} `);
        if (edited === original) throw new Error(`${path}: no <P n={0}> to edit`);
        const saved = performance.now();
        writeFileSync(path, edited);
        const served = await waitFor(async () => (await fetchText(page)).text.includes(word), 30_000);
        if (!served) throw new Error(`the edit was not served within 30 s:\n${output.slice(-2000)}`);
        times.push((performance.now() - saved) / 1000);
        await sleep(300);
      }
    } finally {
      writeFileSync(path, original);
    }
    return { rounds: times, startSeconds, page: page.replace(/:\d+/, ':<port>') };
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      server.kill('SIGTERM');
    }
  }
}
