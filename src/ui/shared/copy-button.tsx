// A button that copies a text to the clipboard and says, for two seconds and to screen readers,
// whether that worked. Used by the JSON and the CSV export.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n';
import type { PlainKey } from '../i18n/i18n';

export function CopyButton({ label, text, disabled }: { label: PlainKey; text: () => string | null; disabled: boolean }) {
  const t = useT();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (copy === 'idle') return;
    const id = setTimeout(() => setCopy('idle'), 2000);
    return () => clearTimeout(id);
  }, [copy]);
  const said = copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : '';
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          const s = text();
          if (s === null) return;
          navigator.clipboard.writeText(s).then(
            () => setCopy('copied'),
            () => setCopy('failed'),
          );
        }}
      >
        {said || t(label)}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {said}
      </span>
    </>
  );
}
