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
  it('serialises the document as it is', () => {
    const doc = { schema: 'gouji.report/1', text: 'a' } as unknown as ReportDocument;
    expect(JSON.parse(reportJson(doc))).toEqual(doc);
  });
});
