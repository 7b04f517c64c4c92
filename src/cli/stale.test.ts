import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { staleBuildWarning } from './stale';

describe('stale build warning', () => {
  it('warns when a source is newer than the build, not otherwise', () => {
    const root = mkdtempSync(join(tmpdir(), 'gouji-stale-'));
    for (const d of ['dist-cli', 'src/core/x', 'src/cli']) mkdirSync(join(root, d), { recursive: true });
    const bin = join(root, 'dist-cli/inspect.js');
    const files = [bin, join(root, 'src/core/x/a.ts'), join(root, 'src/cli/b.ts'), join(root, 'src/cli/b.test.ts')];
    for (const f of files) writeFileSync(f, '');
    const at = (f: string, s: number) => utimesSync(f, s, s);
    at(bin, 2000);
    at(files[1], 1000);
    at(files[2], 1000);
    at(files[3], 3000); // tests do not count
    const url = pathToFileURL(bin).href;
    expect(staleBuildWarning(url)).toBeNull();
    at(files[1], 3000);
    expect(staleBuildWarning(url)).toContain('npm run build:cli');
    expect(staleBuildWarning('file:///somewhere/src/cli/inspect.ts')).toBeNull();
    expect(staleBuildWarning(pathToFileURL(join(root, 'nowhere/inspect.js')).href)).toBeNull();
  });
});
