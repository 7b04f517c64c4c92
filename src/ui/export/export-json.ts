// The exported document: the gouji.report/1 contract, serialised by the core's exporter so the
// browser download and the command line write the same bytes. (Serialising is not parsing.)
import type { ReportDocument } from '../../core/types';
import { reportJsonText } from '../../core/export/report-json';

export function reportJson(doc: ReportDocument): string {
  return reportJsonText(doc);
}

/** `<name without extension>.gouji.json`; pasted text gets "pasted-text". */
export function exportFileName(sourceName: string): string {
  const base = sourceName.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || 'report'}.gouji.json`;
}
