// A real <input type=file> behind a button (the input stays in the page for setInputFiles).
import { useRef } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';

export function FilePicker() {
  const t = useT();
  const inspectFile = useGouji((s) => s.inspectFile);
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="primary" onClick={() => input.current?.click()} title={t('openFileLabel')}>
        {t('openFile')}
      </button>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('openFileLabel')}
        accept=".txt,.html,.htm,.docx,.pdf,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,*/*"
        data-testid="file-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void inspectFile(f);
          e.target.value = ''; // choosing the same file again still fires change
        }}
      />
    </>
  );
}
