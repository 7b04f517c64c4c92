import { describe, expect, it } from 'vitest';
import { collectFiles, collectHandle, collectTaken, type EntryLike, type HandleLike, type Unzip } from './collect';

const file = (name: string, text = 'x') => new File([text], name);
const noZip: Unzip = async () => ({ ok: false, message: 'no' });

function dirEntry(fullPath: string, children: EntryLike[]): EntryLike {
  let given = false;
  return {
    isFile: false, isDirectory: true, name: fullPath.split('/').pop()!, fullPath,
    // two batches then none, as Chromium does for big folders
    createReader: () => ({
      readEntries: (ok) => {
        if (given) return ok([]);
        given = true;
        ok(children);
      },
    }),
  };
}
const fileEntry = (fullPath: string): EntryLike => ({
  isFile: true, isDirectory: false, name: fullPath.split('/').pop()!, fullPath, file: (ok) => ok(file(fullPath.split('/').pop()!)),
});

/** a directory handle: its entries one at a time (async), files counted when opened */
function dirHandle(name: string, children: HandleLike[], fail = false): HandleLike {
  return {
    kind: 'directory', name,
    values: async function* () {
      for (const c of children) yield c;
      if (fail) throw new Error('gone');
    },
  };
}
const opened: string[] = [];
const fileHandle = (name: string): HandleLike => ({ kind: 'file', name, getFile: async () => (opened.push(name), file(name, name)) });

describe('collect', () => {
  it('a folder through a directory handle: recursed, paths from the folder name, files opened only when loaded', async () => {
    opened.length = 0;
    const root = dirHandle('reports', [
      fileHandle('b.txt'),
      dirHandle('2020', [fileHandle('a.html'), fileHandle('x.png')]),
      dirHandle('locked', [fileHandle('c.txt')], true),
      fileHandle('.DS_Store'),
    ]);
    const c = await collectHandle(root, noZip);
    expect(c.many).toBe(true);
    // an image goes to the core like any file that is not a system file (it tells a report by its bytes)
    expect(c.members.map((m) => m.path)).toEqual(['reports/2020/a.html', 'reports/2020/x.png', 'reports/b.txt', 'reports/locked/c.txt']);
    expect(c.unreadable).toEqual([
      { path: 'reports/locked', reason: 'readFailed:gone' },
      { path: 'reports/.DS_Store', reason: 'systemFile' },
    ]);
    expect(opened).toEqual([]);
    const loaded = await c.members[2]!.load();
    expect(loaded instanceof Blob ? await loaded.text() : '').toBe('b.txt');
    expect(opened).toEqual(['b.txt']);
  });

  it('one plain file is not "many" (the single inspector opens)', async () => {
    const c = await collectFiles([file('a.txt')], noZip);
    expect(c.many).toBe(false);
    expect(c.members.map((m) => m.path)).toEqual(['a.txt']);
  });

  it('several files: sorted, system files listed with a reason, any other file left to the core to read', async () => {
    const c = await collectFiles([file('b.pdf'), file('a.txt'), file('c.png'), file('d.md'), file('.DS_Store')], noZip);
    expect(c.many).toBe(true);
    expect(c.members.map((m) => m.path)).toEqual(['a.txt', 'b.pdf', 'c.png', 'd.md']);
    expect(c.unreadable).toEqual([{ path: '.DS_Store', reason: 'systemFile' }]);
    // a picked file goes to the worker as it is (the worker reads it)
    const loaded = await c.members[0]!.load();
    expect(new TextDecoder().decode(loaded instanceof ArrayBuffer ? loaded : await loaded.arrayBuffer())).toBe('x');
  });

  it('a folder is recursed through its entries', async () => {
    const root = dirEntry('/reports', [fileEntry('/reports/2020.txt'), dirEntry('/reports/sub', [fileEntry('/reports/sub/2021.html')])]);
    const c = await collectTaken([{ entry: root, file: null }], noZip);
    expect(c.many).toBe(true);
    expect(c.members.map((m) => m.path)).toEqual(['reports/2020.txt', 'reports/sub/2021.html']);
  });

  it('a zip is expanded; a broken zip and skipped members are listed', async () => {
    const unzip: Unzip = async () => ({
      ok: true,
      members: [{ path: 'y/2.txt', bytes: new ArrayBuffer(2) }, { path: 'x.doc', bytes: new ArrayBuffer(1) }],
      skipped: [{ path: 'big.txt', reason: 'zipTooLarge', detail: '99' }],
    });
    const c = await collectFiles([file('a.zip')], unzip);
    expect(c.many).toBe(true);
    expect(c.members.map((m) => m.path)).toEqual(['a.zip/x.doc', 'a.zip/y/2.txt']);
    expect(c.unreadable).toEqual([{ path: 'a.zip/big.txt', reason: 'zipTooLarge:99' }]);
    const broken = await collectFiles([file('b.zip'), file('c.txt')], noZip);
    expect(broken.unreadable).toEqual([{ path: 'b.zip', reason: 'zipCorrupt:no' }]);
  });
});
