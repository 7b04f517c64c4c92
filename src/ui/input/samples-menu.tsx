// A disclosure menu of the sample reports; picking one fetches it from the same origin.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { SAMPLES } from './samples';

export function SamplesMenu() {
  const t = useT();
  const lang = useGouji((s) => s.lang);
  const openSample = useGouji((s) => s.openSample);
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    // focus the first item so the keyboard can go straight on
    root.current?.querySelector<HTMLButtonElement>('.menu-list button')?.focus();
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
    if (!open || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
    e.preventDefault();
    const items = [...(root.current?.querySelectorAll<HTMLButtonElement>('.menu-list button') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(i + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
  };

  return (
    <div className="menu" ref={root} onKeyDown={onKey}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        title={t('samplesLabel')}
        onClick={() => setOpen((o) => !o)}
      >
        {t('samples')} ▾
      </button>
      {open && (
        <ul className="menu-list" id={id} aria-label={t('samplesLabel')}>
          {SAMPLES.map((s) => (
            <li key={s.file}>
              <button
                type="button"
                data-file={s.file}
                onClick={() => {
                  setOpen(false);
                  void openSample(s.file);
                }}
              >
                {lang === 'zh' ? s.zh : s.en}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
