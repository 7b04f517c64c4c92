// "导出 CSV" (a file with a BOM, for Excel) and "复制 CSV" (the same text, without the BOM).
import { useEffect, useState } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { BOM, csvFileName, tablesCsv } from './csv';
// oxlint-disable-next-line import/no-unassigned-import -- the pane's stylesheet
import './csv-export.css';

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
  const t = useT();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (copy === 'idle') return;
    const id = setTimeout(() => setCopy('idle'), 2000);
    return () => clearTimeout(id);
  }, [copy]);
  const none = !doc || !Object.values(doc.tables).some(Boolean);
  return (
    <div className="csv-export" role="group" aria-label="CSV">
      <button type="button" disabled={none} title={doc ? `${t('csvHint')} · ${csvFileName(doc.source.name)}` : t('csvHint')} onClick={() => doc && download(BOM + tablesCsv(doc), csvFileName(doc.source.name))}>
        {t('csvDownload')}
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
        {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : t('csvCopy')}
      </button>
      <span className="csv-live" aria-live="polite" style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)' }}>
        {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : ''}
      </span>
    </div>
  );
}
