// The exported document: the gouji.report/1 contract. The worker's doc already has that shape
// (extra fields are allowed by the contract), so the UI only serialises it.
import type { ReportDocument } from '../../core/types';

export function reportJson(doc: ReportDocument): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

/** `<name without extension>.gouji.json`; pasted text gets "pasted-text". */
export function exportFileName(sourceName: string): string {
  const base = sourceName.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '');
  return `${base || 'report'}.gouji.json`;
}

export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // revoke after the browser has started the download
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
