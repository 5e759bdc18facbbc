#!/usr/bin/env node
// Entry point of the `explainer` command. The CLI is TypeScript run directly by Node's type
// stripping (Node >= 22.18), so there is no build step between editing and running.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `explainer: error: Node ${process.versions.node} is too old (needs >= 22.18); run it as \`npx explainer\` or \`npm run …\` so the project's Node 24 is used`,
  );
  process.exit(2);
}
// The memory options (node-options.js) only work at start-up, so the CLI starts Node again with
// them once, unless they were given. `explainer build` does without them (they bound an ingest's
// peak memory) and without that second start-up, which stood before Astro's on the build's
// critical path.
const { NODE_OPTIONS } = await import('./node-options.js');
if (process.argv[2] === 'build' || NODE_OPTIONS.every((option) => process.execArgv.includes(option))) {
  // Node's compile cache keeps each module's stripped TypeScript and V8 code on disk (in the OS temp
  // folder, or NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a run after the
  // first skips most of loading the CLI. The worker threads of a large ingest inherit it through
  // the environment. Only speed: a missing or stale cache is rebuilt by Node.
  const { enableCompileCache } = await import('node:module');
  const cache = enableCompileCache?.();
  if (cache?.directory) process.env.NODE_COMPILE_CACHE ??= cache.directory;
  await import('../src/cli/main.ts');
} else {
  const { spawnSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const run = spawnSync(
    process.execPath,
    [...NODE_OPTIONS, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  if (run.error) {
    console.error(`explainer: error: could not start Node: ${run.error.message}`);
    process.exit(2);
  }
  process.exit(run.status ?? (run.signal ? 128 : 1));
}
