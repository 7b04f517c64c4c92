// Diagnostics are codes with parameters (codes.ts), worded in Chinese once (zh.ts) and by the
// UI in each language: no string in the core or the command line glues an English gloss to
// its Chinese as "中文（English）" for the UI to split again.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'data' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** full-width brackets around words of English (placeholders `${…}` left out) */
const GLUED = /[\u4e00-\u9fff][^'"`\n]*（[^（）\n]*[A-Za-z]{3,} [A-Za-z]{2,}[^（）\n]*）/;

function gluedLines(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
    .map((line) => line.replace(/\$\{[^}]*\}/g, '0'))
    .filter((line) => GLUED.test(line));
}

describe('no glued bilingual strings', () => {
  it('recognises one', () => {
    expect(gluedLines("  reason: '词间无关字（noise between words）',")).toHaveLength(1);
    expect(gluedLines('  x: `第二十条第（${item}）项`,')).toHaveLength(0);
    expect(gluedLines("  'decode.image': (p) => `这是图片文件（${p.format}），不含可读文字`,")).toHaveLength(0);
  });

  it('finds none in src/core and src/cli', () => {
    const found = [join(root, 'src/core'), join(root, 'src/cli')]
      .flatMap(sources)
      .flatMap((path) => gluedLines(readFileSync(path, 'utf8')).map((line) => `${relative(root, path)}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});
