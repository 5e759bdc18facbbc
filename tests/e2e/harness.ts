/**
 * Browser-test plumbing: a tiny static server over dist/ (node:http, no dependencies) and
 * Chromium through playwright-core. Used by site.test.ts and by screenshots.ts.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};
// Pagefind's index files have their own extensions; they are fetched as binary.
const BINARY = 'application/octet-stream';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `root` at `base` (e.g. "/" or "/explainers/") on 127.0.0.1, like a plain static host. */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const absRoot = resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) return notFound();
    path = `/${path.slice(prefix.length)}`;
    let file = normalize(join(absRoot, path));
    if (!file.startsWith(absRoot)) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/` });
        return res.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || !statSync(file).isFile()) return notFound();
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? BINARY });
    res.end(readFileSync(file));

    function notFound() {
      const page = join(absRoot, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      res.end(existsSync(page) ? readFileSync(page) : 'not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
