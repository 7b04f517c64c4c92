import { describe, expect, it } from 'vitest';
import { outputNames, parseArgs, stem } from './args';

const defaults = { out: null, summary: null, jobs: null, help: false, garbles: 'precise', text: true, times: false };

describe('parseArgs', () => {
  it('reads the options in both spellings and the paths', () => {
    expect(parseArgs(['--out', 'o', 'a.txt', 'b.pdf'])).toEqual({ ok: true, args: { ...defaults, out: 'o', files: ['a.txt', 'b.pdf'] } });
    expect(parseArgs(['a.txt', '--out=o'])).toEqual({ ok: true, args: { ...defaults, out: 'o', files: ['a.txt'] } });
    expect(parseArgs(['--', '--odd-name.txt'])).toEqual({ ok: true, args: { ...defaults, files: ['--odd-name.txt'] } });
    expect(parseArgs(['--summary', 's.csv', '--jobs=3', '--no-text', '--times', 'dir'])).toEqual({
      ok: true, args: { ...defaults, summary: 's.csv', jobs: 3, text: false, times: true, files: ['dir'] },
    });
    expect(parseArgs(['-j', '2', 'a', 'b'])).toMatchObject({ ok: true, args: { jobs: 2, files: ['a', 'b'] } });
  });
  it('refuses what it cannot do', () => {
    expect(parseArgs([]).ok).toBe(false);
    expect(parseArgs(['--out']).ok).toBe(false);
    expect(parseArgs(['--summary=', 'a']).ok).toBe(false);
    expect(parseArgs(['--verbose', 'a.txt'])).toEqual({ ok: false, message: 'unknown option --verbose' });
    expect(parseArgs(['--jobs', '0', 'a']).ok).toBe(false);
    expect(parseArgs(['--jobs', 'two', 'a']).ok).toBe(false);
    expect(parseArgs(['--jobs', '1.5', 'a']).ok).toBe(false);
  });
  it('asks for help', () => {
    expect(parseArgs(['--help'])).toMatchObject({ ok: true, args: { help: true } });
    expect(parseArgs(['--thorough', 'a.txt'])).toMatchObject({ ok: true, args: { garbles: 'thorough', files: ['a.txt'] } });
  });
});

describe('output names', () => {
  it('drops the extension and keeps names unique, never batch.json', () => {
    expect(stem('海南 2020.txt')).toBe('海南 2020');
    expect(stem('.hidden')).toBe('.hidden');
    expect(stem('a.tar.gz')).toBe('a.tar');
    expect(outputNames(['a.txt', 'a.html', 'A.pdf', 'b', 'batch.txt'])).toEqual(['a.json', 'a-2.json', 'A-3.json', 'b.json', 'batch-2.json']);
  });
});
