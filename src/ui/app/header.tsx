// The top bar: name, the ways in (file, samples, paste), export, and the language switch.
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { FilePicker } from '../input/file-picker';
import { SamplesMenu } from '../input/samples-menu';
import { PasteMenu } from '../input/paste-menu';
import { ExportButtons } from '../export/export-buttons';
import { CsvExport } from '../export-csv/csv-export';

export function Header() {
  const t = useT();
  const lang = useGouji((s) => s.lang);
  const setLang = useGouji((s) => s.setLang);
  const hasDoc = useGouji((s) => !!s.doc);
  // the workspace has its own exports: one report's buttons, all disabled there, were only clutter
  const inWorkspace = useGouji((s) => s.mode === 'batch');
  return (
    <header className="app-header">
      <div className="brand">
        <h1>
          <span className="logo">勾稽</span>
          {lang === 'en' && <span className="logo-en">Gouji</span>}
        </h1>
        <span className="subtitle">{t('appSubtitle')}</span>
      </div>
      <div className="header-actions">
        <FilePicker />
        {hasDoc && <PasteMenu />}
        <SamplesMenu />
        {!inWorkspace && (
          <>
            <span className="sep" aria-hidden="true" />
            <ExportButtons />
            <CsvExport />
          </>
        )}
        {hasDoc && (
          <button type="button" className="print-button" onClick={() => window.print()}>
            {t('prPrint')}
          </button>
        )}
        <span className="sep" aria-hidden="true" />
        <button
          type="button"
          className="lang-switch"
          lang={lang === 'en' ? 'zh-CN' : 'en'}
          title={t('langSwitchLabel')}
          onClick={() => setLang(lang === 'en' ? 'zh' : 'en')}
        >
          {t('langSwitch')}
        </button>
      </div>
    </header>
  );
}
