import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../core/checks/apply-corrections';
import { handleRequest, isOutOfMemory } from './handle-request';
import type { WorkerResponse } from './protocol';

describe('handleRequest (worker logic)', { timeout: 60_000 }, () => {
  it('inspects text and reports progress before the result', async () => {
    const out: WorkerResponse[] = [];
    await handleRequest({ type: 'inspect-text', jobId: 7, text: '某某局2020年政府信息公开工作年度报告' }, (r) => out.push(r));
    expect(out.at(-1)).toMatchObject({ type: 'result', jobId: 7, doc: { schema: 'gouji.report/1', source: { name: 'pasted text', bytes: 0 } } });
    expect(out.flatMap((r) => (r.type === 'progress' ? [r.stage] : []))).toEqual(['structure', 'garbles', 'checks', 'finish']);
    expect(out.every((r) => r.jobId === 7)).toBe(true);
  });

  it('runs the checks again on corrected tables (a recheck), with no progress and no document', async () => {
    const first: WorkerResponse[] = [];
    const file = join(__dirname, '..', '..', 'fixtures', 'samples', 'pingtan-2020-flattened.txt');
    await handleRequest({ type: 'inspect-text', jobId: 1, text: readFileSync(file, 'utf8') }, (r) => first.push(r));
    const doc = (first.at(-1) as Extract<WorkerResponse, { type: 'result' }>).doc;
    const id = 'applications.resultsTotal.naturalPerson';
    expect(doc.checks.find((c) => c.id === id)?.status).toBe('fail');
    const tables = applyCorrections(doc.tables, [{ table: 'applications', row: 'resultsTotal', col: 'naturalPerson', value: 26, at: 'now' }]);
    const out: WorkerResponse[] = [];
    await handleRequest({ type: 'recheck', jobId: 2, text: doc.text, meta: doc.meta, sections: doc.sections ?? [], tables }, (r) => out.push(r));
    expect(out).toHaveLength(1);
    const reply = out[0] as Extract<WorkerResponse, { type: 'rechecked' }>;
    expect(reply).toMatchObject({ type: 'rechecked', jobId: 2 });
    expect(reply.checks.find((c) => c.id === id)?.status).toBe('pass');
    // the same rules, in the same order, as the inspection
    expect(reply.checks.map((c) => c.id)).toEqual(doc.checks.map((c) => c.id));
  });

  it('an empty file gives an error document, not a crash', async () => {
    const out: WorkerResponse[] = [];
    await handleRequest({ type: 'inspect-bytes', jobId: 1, name: 'empty.txt', bytes: new ArrayBuffer(0) }, (r) => out.push(r));
    expect(out.at(-1)).toMatchObject({ type: 'error-document', jobId: 1 });
  });
});

describe('isOutOfMemory', () => {
  it('knows the allocation failures engines let a script catch', () => {
    expect(isOutOfMemory(new RangeError('Array buffer allocation failed'))).toBe(true);
    expect(isOutOfMemory(new RangeError('Invalid string length'))).toBe(true);
    expect(isOutOfMemory(new RangeError('Invalid array length'))).toBe(true);
    expect(isOutOfMemory(new Error('out of memory'))).toBe(true);
    expect(isOutOfMemory(new RangeError('Maximum call stack size exceeded'))).toBe(false);
    expect(isOutOfMemory(new TypeError('x is undefined'))).toBe(false);
  });

  it('a real one in this engine: a string past the maximum length', () => {
    let caught: unknown;
    try {
      'x'.repeat(2 ** 30).repeat(4);
    } catch (e) {
      caught = e;
    }
    expect(isOutOfMemory(caught)).toBe(true);
  });
});
