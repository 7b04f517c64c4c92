// Every member that was not inspected, or that the core could not read, with its reason.
import { useMemo } from 'react';
import { useGouji } from '../store/store';
import { useT, type MessageKey, type T } from '../i18n/i18n';

/** `code` or `code:detail` (see input/collect.ts) in words; anything else is shown as it is. */
export function reasonWords(t: T, reason: string): string {
  const i = reason.indexOf(':');
  const code = i < 0 ? reason : reason.slice(0, i);
  const detail = i < 0 ? '' : reason.slice(i + 1);
  const key = `batchReason_${code}` as MessageKey;
  try {
    // the key is chosen at run time, so its placeholders are not known to the compiler
    const s = (t as unknown as (k: MessageKey, v: Record<string, string>) => string)(key, { detail });
    if (s !== undefined) return s;
  } catch {
    // not a known code
  }
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
