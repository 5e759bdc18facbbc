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
await import('../src/cli/main.ts');
