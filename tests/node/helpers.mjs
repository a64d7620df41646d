// Resolves `lis1kit` the way a consumer does: through a node_modules link
// to pkg/, so package.json "exports" are exercised, not file paths.
import { mkdirSync, symlinkSync, lstatSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const modules = join(here, 'node_modules');
const link = join(modules, 'lis1kit');
mkdirSync(modules, { recursive: true });
try {
  lstatSync(link);
} catch {
  rmSync(link, { force: true });
  symlinkSync(join(here, '..', '..', 'pkg'), link, 'dir');
}

export const pkgSpecifier = 'lis1kit';

/** The package's entry as resolved from here, for tests in other folders. */
export const pkgUrl = import.meta.resolve(pkgSpecifier);
