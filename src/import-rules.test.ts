// The import rules in .oxlintrc.json (run by `npm run lint`) bite: a file that breaks each one,
// linted with the project's own configuration in a scratch copy of the folder layout, fails.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url).pathname;
const oxlint = join(root, 'node_modules/.bin/oxlint');

/** lint one file at `path` (relative to a scratch project root) holding `code`; the errors it gets */
function lint(path: string, code: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'gouji-lint-'));
  copyFileSync(join(root, '.oxlintrc.json'), join(dir, '.oxlintrc.json'));
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), code);
  const r = spawnSync(oxlint, ['-c', '.oxlintrc.json', '--format', 'unix', path], { cwd: dir, encoding: 'utf8' });
  return r.stdout.split('\n').filter((l) => l.includes('no-restricted-imports'));
}

const use = (spec: string) => `import * as m from '${spec}';\nexport const x = m;\n`;

describe('import rules (npm run lint)', { timeout: 60_000 }, () => {
  it.each([
    ['src/core/tables/x.ts', '../../ui/store/store'],
    ['src/core/x.ts', '../worker/client'],
    ['src/core/x.ts', '../cli/run'],
    ['src/core/x.ts', 'react'],
    ['src/core/x.ts', 'zustand'],
    ['src/worker/x.ts', '../ui/store/store'],
    ['src/worker/x.ts', '../cli/args'],
    ['src/worker/x.ts', 'react'],
    ['src/ui/charts/x.ts', '../issues/issue-model'],
    ['src/ui/issues/x.ts', '../tables-pane/tables-pane'],
    ['src/ui/tables-pane/sub/x.ts', '../../highlights/highlights'],
    ['src/ui/store/x.ts', '../issues/issue-model'],
    ['src/ui/report-labels/x.ts', '../tables-pane/tables-pane'],
    ['src/ui/i18n/x.ts', '../app/app'],
    // test support is for tests: production code does not import a testing/ folder
    ['src/core/tables/x.ts', '../testing/layouts'],
    ['src/core/x.ts', './testing/golden'],
    ['src/worker/x.ts', './testing/fake-worker'],
    ['src/cli/x.ts', '../core/testing/golden'],
    ['src/ui/app/x.ts', '../../worker/testing/fake-worker'],
    // tests keep their folder's direction rules
    ['src/core/tables/x.test.ts', '../../ui/store/store'],
    ['src/worker/x.test.ts', '../ui/store/store'],
  ])('%s may not import %s', (path, spec) => {
    expect(lint(path, use(spec))).toHaveLength(1);
  });

  it.each([
    ['src/worker/x.ts', '../core/inspect'],
    ['src/ui/charts/x.ts', '../store/store'],
    ['src/ui/charts/x.ts', '../report-labels/labels'],
    ['src/ui/charts/x.ts', '../../core/export/report-json'],
    ['src/ui/app/x.ts', '../issues/issue-model'],
    ['src/ui/store/x.ts', '../i18n/lang'],
    ['src/core/tables/x.test.ts', '../testing/layouts'],
    ['src/core/testing/x.ts', './truth'],
    ['src/worker/x.test.ts', './testing/fake-worker'],
    ['src/worker/testing/x.ts', '../protocol'],
  ])('%s may import %s', (path, spec) => {
    expect(lint(path, use(spec))).toEqual([]);
  });

  it('no production file under src imports a testing/ folder (the UI folders included, whose own rules replace the lint rule)', () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) {
          if (e.name !== 'testing') walk(p);
        } else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) {
          for (const m of readFileSync(p, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) if (/(^|\/)testing(\/|$)/.test(m[1]!)) found.push(`${p}: ${m[1]}`);
        }
      }
    };
    walk(join(root, 'src'));
    expect(found).toEqual([]);
  });
});
