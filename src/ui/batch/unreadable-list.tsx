// Every member that was not inspected, or that the core could not read, with its reason.
import { useMemo } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import type { Lang } from '../i18n/lang';
import { diagnosticText } from '../i18n/diagnostics';
import type { CodeIn, DiagnosticIn } from '../../core/diagnostics';

/** the stored reasons (input/collect.ts) that are batch.* codes, with or without a detail */
const PLAIN = { systemFile: 'batch.systemFile', unsupportedType: 'batch.unsupportedType', lostOnReload: 'batch.lostOnReload' } as const satisfies Record<string, CodeIn<'batch.'>>;
const WITH_DETAIL = {
  zipCorrupt: 'batch.zipCorrupt',
  zipCompression: 'batch.zipCompression',
  zipTooLarge: 'batch.zipTooLarge',
  readFailed: 'batch.readFailed',
} as const satisfies Record<string, CodeIn<'batch.'>>;

/** `code` or `code:detail` (see input/collect.ts) as its diagnostic, or null for any other text */
export function reasonDiagnostic(reason: string): DiagnosticIn<'batch.'> | null {
  const i = reason.indexOf(':');
  const code = i < 0 ? reason : reason.slice(0, i);
  const detail = i < 0 ? '' : reason.slice(i + 1);
  if (Object.hasOwn(PLAIN, code)) return { code: PLAIN[code as keyof typeof PLAIN], params: {} };
  if (Object.hasOwn(WITH_DETAIL, code)) return { code: WITH_DETAIL[code as keyof typeof WITH_DETAIL], params: { detail } };
  return null;
}

/** a stored reason in words; anything that is not a code is shown as it is */
export function reasonWords(reason: string, lang: Lang): string {
  const d = reasonDiagnostic(reason);
  return d ? diagnosticText(d, lang) : reason;
}

export function UnreadableList() {
  const t = useT();
  const unreadable = useGouji((s) => s.batch.unreadable);
  const entries = useGouji((s) => s.batch.entries);
  const lang = useGouji((s) => s.lang);
  const all = useMemo(
    () => [
      ...unreadable.map((u) => ({ path: u.path, reason: reasonWords(u.reason, lang) })),
      ...entries.filter((e) => e.row.error !== null).map((e) => ({ path: e.path, reason: e.errorDiagnostic ? diagnosticText(e.errorDiagnostic, lang) : e.row.error! })),
    ],
    [unreadable, entries, lang],
  );
  if (all.length === 0) return <p className="bg-note">{t('batchUnreadableNone')}</p>;
  return (
    <section className="bg-unreadable" aria-label={t('batchViewUnreadable', { n: all.length })}>
      <p className="bg-note">{t('batchUnreadableIntro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('col_file')}</th>
            <th scope="col">{t('col_error')}</th>
          </tr>
        </thead>
        <tbody>
          {all.map((u) => (
            <tr key={u.path}>
              <td>{u.path}</td>
              <td>{u.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
