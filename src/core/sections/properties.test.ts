// Properties of findSections and detectMeta on arbitrary and damaged text: they never throw,
// every span lies inside the text, sections come in order and tile the text after the first.
import { readFileSync } from 'node:fs';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { cleanView, joinWrapped } from '../meta/clean';
import { foldChar } from '../normalize/fold';
import type { Span } from '../types';
import { detectMeta } from '../meta';
import { findSections } from './index';

const hainan = readFileSync(new URL('../../../fixtures/samples/hainan-provincial-police-2020-traditional.txt', import.meta.url), 'utf8');

function printedSlice(text: string, span: Span): string {
  const sub = text.slice(...span);
  let folded = '';
  for (let i = 0; i < sub.length; i++) folded += foldChar(sub[i]!);
  // a title wrapped over two lines is read joined (meta/clean joinWrapped): so is the slice
  const view = cleanView({ text: sub, folded });
  return joinWrapped(view, 0, view.folded.length).folded;
}

// Text built from report-like pieces, so headings, rows and noise meet in every order.
const pieces = fc.constantFrom(
  '一、', '二、', '三、', '四、', '五、', '六、', '七、', '(一)', '（二）', '第三部分', '\n', ' ', '。', '，',
  '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况', '其他需要报告的事项', '本年新收政府信息公开申请数量', '本年度办理结果',
  '2020年', '二〇二一年度', '统计期限自2019年1月1日', '青石县公安局', '政府信息公开工作年度报告', '微束姜', '12', '\t',
);
const reportish = fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 })), { maxLength: 60 }).map((a) => a.join(''));

function checkInvariants(text: string): void {
  const ctx = makeContext(text);
  const sections = findSections(ctx);
  let prevEnd = -1;
  for (const s of sections) {
    expect(s.headingSpan[0]).toBeLessThan(s.headingSpan[1]);
    expect(s.headingSpan[1]).toBeLessThanOrEqual(s.span[1]);
    expect(s.span[0]).toBe(s.headingSpan[0]);
    if (prevEnd >= 0) expect(s.span[0]).toBe(prevEnd);
    prevEnd = s.span[1];
    expect(text.slice(...s.headingSpan)).toBe(s.title);
    expect(s.number).toBeGreaterThan(0);
  }
  if (sections.length) expect(prevEnd).toBe(text.length);
  const meta = detectMeta(ctx, sections, 'unknown');
  for (const span of [meta.agencySpan, meta.yearSpan]) {
    if (!span) continue;
    expect(0 <= span[0] && span[0] < span[1] && span[1] <= text.length).toBe(true);
  }
  // the span holds the name as printed (each character folded alone: no phrase replacements);
  // the sure garbles inside it (an invisible character, a converter tag) are what meta read past
  if (meta.agency !== null) expect(printedSlice(text, meta.agencySpan!)).toBe(meta.agency);
  if (meta.year !== null) expect(Number.isInteger(meta.year)).toBe(true);
}

describe('sections and meta invariants', () => {
  it('hold on report-like random text', () => {
    fc.assert(fc.property(reportish, (t) => checkInvariants(t)), { numRuns: 400 });
  });

  it('hold on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (t) => checkInvariants(t)), { numRuns: 200 });
  });

  it('keep finding the headings of a real report when characters are injected into it', () => {
    const headings = findSections(makeContext(hainan)).length;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(hainan.length), fc.constantFrom('微', '束姜', '謎局', '\u200b')), { maxLength: 20 }), (edits) => {
        let t = hainan;
        for (const [at, s] of [...edits].sort((a, b) => b[0] - a[0])) t = t.slice(0, at) + s + t.slice(at);
        checkInvariants(t);
        // a few injections can break one heading at most per edit, never add headings
        const n = findSections(makeContext(t)).length;
        expect(n).toBeLessThanOrEqual(headings);
        expect(n).toBeGreaterThanOrEqual(headings - edits.length);
      }),
      { numRuns: 100 },
    );
  });
});
