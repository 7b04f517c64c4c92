// "导出 CSV" (a file with a BOM, for Excel) and "复制 CSV" (the same text, without the BOM).
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { downloadText } from '../shared/download';
import { CopyButton } from '../shared/copy-button';
import { BOM, csvFileName, tablesCsv } from './csv';
// oxlint-disable-next-line import/no-unassigned-import -- the pane's stylesheet
import './csv-export.css';

export function CsvExport() {
  const doc = useGouji((s) => s.doc);
  const t = useT();
  const none = !doc || !Object.values(doc.tables).some(Boolean);
  return (
    <div className="csv-export" role="group" aria-label="CSV">
      <button
        type="button"
        disabled={none}
        title={doc ? `${t('csvHint')} · ${csvFileName(doc.source.name)}` : t('csvHint')}
        onClick={() => doc && downloadText(BOM + tablesCsv(doc), csvFileName(doc.source.name), 'text/csv;charset=utf-8')}
      >
        {t('csvDownload')}
      </button>
      {/* the clipboard gets no BOM: pasted into a sheet, it would be a stray character */}
      <CopyButton label="csvCopy" disabled={none} text={() => (doc ? tablesCsv(doc) : null)} />
    </div>
  );
}
