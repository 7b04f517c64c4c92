// "导出 JSON" (download) and "复制 JSON" (clipboard) for the current document.
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { downloadText } from '../shared/download';
import { CopyButton } from '../shared/copy-button';
import { withReviews } from '../../core/review/findings';
import { exportFileName, reportJson } from './export-json';

export function ExportButtons() {
  const t = useT();
  const shown = useGouji((s) => s.doc);
  const reviews = useGouji((s) => s.reviews);
  // the export carries corrections (in the cells) and every verdict (review: {state, note, at})
  const doc = shown ? withReviews(shown, reviews) : null;
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
