// Once a report is open, the paste box lives in a small panel behind a header button.
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/i18n';
import { PasteBox } from './paste-box';

export function PasteMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    root.current?.querySelector('textarea')?.focus();
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <div className="menu" ref={root} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {t('pasteTitle')} ▾
      </button>
      {open && (
        <div className="menu-panel" id={id}>
          <PasteBox onSubmitted={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}
