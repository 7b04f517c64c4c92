// "导出 JSON" (download) and "复制 JSON" (clipboard) for the current document.
import { useEffect, useState } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { downloadText, exportFileName, reportJson } from './export-json';

export function ExportButtons() {
  const t = useT();
  const doc = useGouji((s) => s.doc);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (copy === 'idle') return;
    const id = setTimeout(() => setCopy('idle'), 2000);
    return () => clearTimeout(id);
  }, [copy]);
  return (
    <div className="export-buttons">
      <button
        type="button"
        disabled={!doc}
        title={doc ? exportFileName(doc.source.name) : undefined}
        onClick={() => doc && downloadText(reportJson(doc), exportFileName(doc.source.name))}
      >
        {t('exportJson')}
      </button>
      <button
        type="button"
        disabled={!doc}
        onClick={() => {
          if (!doc) return;
          navigator.clipboard.writeText(reportJson(doc)).then(
            () => setCopy('copied'),
            () => setCopy('failed'),
          );
        }}
      >
        {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : t('copyJson')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : ''}
      </span>
    </div>
  );
}
