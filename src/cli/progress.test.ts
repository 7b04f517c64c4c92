import { describe, expect, it } from 'vitest';
import { Progress } from './progress';

function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progress on stderr', () => {
  it('redraws one bar in place on a terminal, errors on lines of their own', () => {
    const out: string[] = [];
    const c = clock();
    const p = new Progress({ write: (s) => out.push(s), isTTY: true, columns: 100 }, c.now);
    for (let i = 0; i < 4; i++) p.found();
    p.listed();
    c.advance(1000);
    p.finished(true);
    p.line('gouji: b.txt: 无法读取');
    c.advance(1000);
    p.finished(false);
    p.finished(true);
    c.advance(1000);
    p.finished(true);
    p.end('4 reports');
    const text = out.join('');
    expect(text).toContain('\r\x1b[K[');
    expect(text).toContain('1/4 reports · 1.0/s · 3s left');
    expect(text).toContain('\r\x1b[Kgouji: b.txt: 无法读取\n');
    expect(text).toContain('4/4 reports · 1.3/s · 0s left · 1 unreadable');
    expect(out[out.length - 1]).toBe('gouji: 4 reports in 3s\n');
    expect(out[out.length - 2]).toBe('\r\x1b[K'); // the bar is cleared before the closing line
  });

  it('draws no bar while the total is unknown, a bar once it is known', () => {
    const out: string[] = [];
    const c = clock();
    const p = new Progress({ write: (s) => out.push(s), isTTY: true }, c.now);
    p.found();
    p.found();
    c.advance(1000);
    p.finished(true);
    expect(out[out.length - 1]).toBe('\r\x1b[K1/2+ reports · 1.0/s');
    p.expect(5);
    c.advance(1000);
    p.finished(true);
    // oxlint-disable-next-line no-control-regex -- the bar redraws with ESC [K
    expect(out[out.length - 1]).toMatch(/^\r\x1b\[K\[#+\.+\] 2\/5 reports · 1\.0\/s · 3s left$/);
  });

  it('writes plain lines, at most one a second and the last, when stderr is not a terminal', () => {
    const out: string[] = [];
    const c = clock();
    const p = new Progress({ write: (s) => out.push(s), isTTY: false }, c.now);
    for (let i = 0; i < 3; i++) p.found();
    c.advance(1500);
    p.finished(true); // total not known yet: "+"
    c.advance(10);
    p.finished(true); // within the second: no line
    p.listed();
    c.advance(10);
    p.finished(true); // the last: always
    expect(out).toEqual(['gouji: 1/3+ reports · 0.7/s\n', 'gouji: 3/3 reports · 2.0/s · 0s left\n']);
    expect(out.join('')).not.toContain('\r');
  });
});
