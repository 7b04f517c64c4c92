// "导出 JSON" (download) and "复制 JSON" (clipboard) for the current document.
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { downloadText } from '../shared/download';
import { CopyButton } from '../shared/copy-button';
import { exportFileName, reportJson } from './export-json';

export function ExportButtons() {
  const t = useT();
  const doc = useGouji((s) => s.doc);
  return (
    <div className="export-buttons">
      <button
        type="button"
        disabled={!doc}
        title={doc ? exportFileName(doc.source.name) : undefined}
        onClick={() => doc && downloadText(reportJson(doc), exportFileName(doc.source.name), 'application/json')}
      >
        {t('exportJson')}
      </button>
      <CopyButton label="copyJson" disabled={!doc} text={() => (doc ? reportJson(doc) : null)} />
    </div>
  );
}
