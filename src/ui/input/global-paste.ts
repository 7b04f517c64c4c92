// Ctrl+V anywhere outside a text field inspects the pasted text (or a pasted file).
import { useEffect } from 'react';
import { useGouji } from '../store/store';

export function isEditable(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && el.type !== 'checkbox' && el.type !== 'button');
}

export function useGlobalPaste(): void {
  const inspectText = useGouji((s) => s.inspectText);
  const inspectFile = useGouji((s) => s.inspectFile);
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (isEditable(e.target) || !e.clipboardData) return;
      const file = e.clipboardData.files?.[0];
      if (file) {
        e.preventDefault();
        void inspectFile(file);
        return;
      }
      const text = e.clipboardData.getData('text/plain');
      if (!text.trim()) return;
      e.preventDefault();
      void inspectText(text);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [inspectText, inspectFile]);
}
