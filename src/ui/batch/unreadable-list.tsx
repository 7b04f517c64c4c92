// Every member that was not inspected, or that the core could not read, with its reason.
import { useMemo } from 'react';
import { useGouji } from '../store/store';
import { useT, type T } from '../i18n/i18n';

const PLAIN = {
  systemFile: 'batchReason_systemFile',
  unsupportedType: 'batchReason_unsupportedType',
  lostOnReload: 'batchReason_lostOnReload',
} as const;
const WITH_DETAIL = {
  zipCorrupt: 'batchReason_zipCorrupt',
  zipCompression: 'batchReason_zipCompression',
  zipTooLarge: 'batchReason_zipTooLarge',
  readFailed: 'batchReason_readFailed',
} as const;

/** `code` or `code:detail` (see input/collect.ts) in words; anything else is shown as it is. */
export function reasonWords(t: T, reason: string): string {
  const i = reason.indexOf(':');
  const code = i < 0 ? reason : reason.slice(0, i);
  const detail = i < 0 ? '' : reason.slice(i + 1);
  if (Object.hasOwn(PLAIN, code)) return t(PLAIN[code as keyof typeof PLAIN]);
  if (Object.hasOwn(WITH_DETAIL, code)) return t(WITH_DETAIL[code as keyof typeof WITH_DETAIL], { detail });
  return reason;
}

export function UnreadableList() {
  const t = useT();
  const unreadable = useGouji((s) => s.batch.unreadable);
  const entries = useGouji((s) => s.batch.entries);
  const all = useMemo(
    () => [...unreadable, ...entries.filter((e) => e.row.error !== null).map((e) => ({ path: e.path, reason: e.row.error! }))],
    [unreadable, entries],
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
              <td>{reasonWords(t, u.reason)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
