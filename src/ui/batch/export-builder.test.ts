import { describe, expect, it } from 'vitest';
import { batchJsonText, type BatchDocument } from '../../core/batch';
import { batchJsonPieces } from './export-builder';

describe('batch JSON in pieces', () => {
  it('joins to exactly batchJsonText', () => {
    const doc = {
      schema: 'gouji.batch/1',
      reports: [{ file: 'a', n: [1, 2], o: { x: null } }, { file: 'b', n: [], o: {} }],
      chains: [],
      indicators: [{ key: 'k', zh: '率', en: 'rate' }],
    } as unknown as BatchDocument;
    expect([...batchJsonPieces(doc)].join('')).toBe(batchJsonText(doc));
    JSON.parse([...batchJsonPieces(doc)].join(''));
  });
});
