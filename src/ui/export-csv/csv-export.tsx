// "导出 CSV" (a file with a BOM, for Excel) and "复制 CSV" (the same text, without the BOM).
import { useEffect, useState } from 'react';
import { useGouji } from '../store/store';
import { BOM, csvFileName, tablesCsv } from './csv';
// oxlint-disable-next-line import/no-unassigned-import -- the pane's stylesheet
import './csv-export.css';

const W = {
  zh: { download: '导出 CSV', copy: '复制 CSV', copied: '已复制', failed: '复制失败', hint: '三张表合为一个 CSV 文件（UTF-8，可直接用 Excel 打开）' },
  en: { download: 'Export CSV', copy: 'Copy CSV', copied: 'Copied', failed: 'Copy failed', hint: 'The three tables in one CSV file (UTF-8, opens in Excel)' },
};

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function CsvExport() {
  const doc = useGouji((s) => s.doc);
  const w = W[useGouji((s) => s.lang)];
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (copy === 'idle') return;
    const id = setTimeout(() => setCopy('idle'), 2000);
    return () => clearTimeout(id);
  }, [copy]);
  const none = !doc || !Object.values(doc.tables).some(Boolean);
  return (
    <div className="csv-export" role="group" aria-label="CSV">
      <button type="button" disabled={none} title={w.hint} onClick={() => doc && download(BOM + tablesCsv(doc), csvFileName(doc.source.name))}>
        {w.download}
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => {
          if (!doc) return;
          navigator.clipboard.writeText(tablesCsv(doc)).then(
            () => setCopy('copied'),
            () => setCopy('failed'),
          );
        }}
      >
        {copy === 'copied' ? w.copied : copy === 'failed' ? w.failed : w.copy}
      </button>
      <span className="csv-live" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}>
        {copy === 'copied' ? w.copied : copy === 'failed' ? w.failed : ''}
      </span>
    </div>
  );
}
