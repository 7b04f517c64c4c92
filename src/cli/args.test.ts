import { describe, expect, it } from 'vitest';
import { outputNames, parseArgs, stem } from './args';

describe('parseArgs', () => {
  it('reads --out in both spellings and the files', () => {
    expect(parseArgs(['--out', 'o', 'a.txt', 'b.pdf'])).toEqual({ ok: true, args: { out: 'o', files: ['a.txt', 'b.pdf'], help: false, garbles: 'precise' } });
    expect(parseArgs(['a.txt', '--out=o'])).toEqual({ ok: true, args: { out: 'o', files: ['a.txt'], help: false, garbles: 'precise' } });
    expect(parseArgs(['--', '--odd-name.txt'])).toEqual({ ok: true, args: { out: null, files: ['--odd-name.txt'], help: false, garbles: 'precise' } });
  });
  it('refuses what it cannot do', () => {
    expect(parseArgs([]).ok).toBe(false);
    expect(parseArgs(['--out']).ok).toBe(false);
    expect(parseArgs(['--verbose', 'a.txt']).ok).toBe(false);
    expect(parseArgs(['a.txt', 'b.txt'])).toEqual({ ok: false, message: 'several files need --out DIR' });
  });
  it('asks for help', () => {
    expect(parseArgs(['--help'])).toMatchObject({ ok: true, args: { help: true } });
    expect(parseArgs(['--thorough', 'a.txt'])).toMatchObject({ ok: true, args: { garbles: 'thorough', files: ['a.txt'] } });
  });
});

describe('output names', () => {
  it('drops the extension and keeps names unique', () => {
    expect(stem('海南 2020.txt')).toBe('海南 2020');
    expect(stem('.hidden')).toBe('.hidden');
    expect(stem('a.tar.gz')).toBe('a.tar');
    expect(outputNames(['a.txt', 'a.html', 'A.pdf', 'b'])).toEqual(['a.json', 'a-2.json', 'A-3.json', 'b.json']);
  });
});
