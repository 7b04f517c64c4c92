// A textarea for pasting a report, with the "检查" button.
import { useId, useState } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';

export function PasteBox({ onSubmitted }: { onSubmitted?: () => void }) {
  const t = useT();
  const inspectText = useGouji((s) => s.inspectText);
  const [text, setText] = useState('');
  const id = useId();
  return (
    <form
      className="paste-box"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        void inspectText(text);
        onSubmitted?.();
      }}
    >
      <label htmlFor={id}>{t('pasteTitle')}</label>
      <textarea id={id} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('pastePlaceholder')} rows={6} spellCheck={false} />
      <button type="submit" className="primary" disabled={!text.trim()}>
        {t('inspect')}
      </button>
    </form>
  );
}
