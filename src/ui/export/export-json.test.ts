import { describe, expect, it } from 'vitest';
import { exportFileName, reportJson } from './export-json';
import type { ReportDocument } from '../../core/types';

describe('export', () => {
  it('names the file after the source', () => {
    expect(exportFileName('hainan-2020.txt')).toBe('hainan-2020.gouji.json');
    expect(exportFileName('报告 (1).docx')).toBe('报告-(1).gouji.json');
    expect(exportFileName('pasted text')).toBe('pasted-text.gouji.json');
    expect(exportFileName('')).toBe('report.gouji.json');
  });
  it('serialises with the contract keys first and a final newline', () => {
    const doc = {
      schema: 'gouji.report/1', source: { name: 'a', bytes: 1, encoding: 'utf-8', kind: 'text' }, text: 'a',
      meta: { agency: null, year: null, format: 'unknown', script: 'simplified' },
      tables: { proactive: null, applications: null, reviewLitigation: null },
      checks: [], garbles: [], duplicates: [], cleanedText: 'a', warnings: ['w'],
    } as unknown as ReportDocument;
    const text = reportJson(doc);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['schema', 'source', 'text', 'meta', 'tables', 'checks', 'garbles', 'duplicates', 'cleanedText', 'warnings']);
  });
});
