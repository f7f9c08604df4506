// Removes the packages' build output and TypeScript's incremental state. The API reports must be written from a
// build from nothing, as CI makes one: an incremental build may order the members of a union differently, and the
// report would then differ from the one CI checks although no public name or signature changed.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

for (const name of readdirSync('packages')) {
  for (const output of ['dist', 'tsconfig.tsbuildinfo']) rmSync(join('packages', name, output), { recursive: true, force: true });
}
