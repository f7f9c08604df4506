// Runs every benchmark suite in its own Node process (so one suite's garbage does not slow the next)
// and passes their JSON lines through to stdout. Usage: npm run bench [-- suite-name]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const suites = {
  core: ['packages/core/bench/core.bench.js'],
  living: ['packages/core/bench/living.bench.js'],
  region: ['packages/core/bench/region.bench.js'],
  layout: ['packages/layout/bench/layout.bench.js'],
  editor: ['apps/editor/bench/render.bench.js'],
  room: ['packages/server/bench/room.bench.js'],
  'room-browser': ['apps/editor/bench/room-browser.bench.js'],
};
const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.slice(2);
let failed = false;
for (const [name, args] of Object.entries(suites)) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}\n`);
  const run = spawnSync(process.execPath, ['--expose-gc', ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
