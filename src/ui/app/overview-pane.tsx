// 概况: the report's metadata, source facts, warnings and the sections found.
import { useGouji } from '../store/store';
import { useT, type PlainKey } from '../i18n/i18n';
import { SectionsNav } from './sections-nav';
import { warningTexts } from './warning-text';
import { Worded } from '../i18n/worded';

export function OverviewPane() {
  const t = useT();
  const lang = useGouji((s) => s.lang);
  const doc = useGouji((s) => s.doc);
  if (!doc) return null;
  const { meta, source } = doc;
  const rows: [PlainKey, string][] = [
    ['agency', meta.agency ?? t('notFound')],
    ['year', meta.year === null ? t('notFound') : String(meta.year)],
    ['format', t(`format_${meta.format}` as PlainKey)],
    ['script', t(`script_${meta.script}` as PlainKey)],
    ['sourceName', source.name === 'pasted text' ? t('pastedText') : source.name],
    ['encoding', source.encoding],
    ['kind', t(`kind_${source.kind}` as PlainKey)],
    ['size', t('bytes', { n: source.bytes.toLocaleString() })],
  ];
  return (
    <div className="overview">
      <h2>{t('metaTitle')}</h2>
      <dl className="meta-list">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{t(k)}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {!!doc.warnings?.length && (
        <>
          <h2>{t('warnings')}</h2>
          <p className="muted">{t('warningsIntro')}</p>
          <ul className="warnings">
            {warningTexts(doc, lang).map((x, i) => {
              return (
                <li key={i} lang={x.lang === lang ? undefined : x.lang === 'zh' ? 'zh-CN' : 'en'}>
                  <Worded text={x.text} />
                </li>
              );
            })}
          </ul>
        </>
      )}
      <h2>{t('sectionsTitle')}</h2>
      <SectionsNav variant="list" />
    </div>
  );
}
