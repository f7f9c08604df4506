// The generated reference under docs/api (TypeDoc, one Markdown page per entry point). `npm run docs:api` writes
// it; `npm run api` runs this with --check, which writes it to a scratch folder and fails, naming the pages, while
// the checked-in reference differs from the code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'docs/api');
const check = process.argv.includes('--check');
const out = check ? mkdtempSync(join(tmpdir(), 'veranderlogica-api-')) : target;

const typedoc = join(root, 'node_modules/typedoc/bin/typedoc');
execFileSync(process.execPath, [typedoc, '--out', out, '--treatWarningsAsErrors'], { cwd: root, stdio: 'inherit' });

if (check) {
  const pages = (folder) =>
    existsSync(folder)
      ? readdirSync(folder, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
          .sort()
      : [];
  const made = pages(out);
  const kept = pages(target);
  const stale = [...new Set([...made, ...kept])].filter(
    (page) =>
      !made.includes(page) || !kept.includes(page) || readFileSync(join(out, page), 'utf8') !== readFileSync(join(target, page), 'utf8'),
  );
  rmSync(out, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`docs/api is stale (run \`npm run docs:api\`): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(`docs/api is current (${made.length} pages)`);
}
