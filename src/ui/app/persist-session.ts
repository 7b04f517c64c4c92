// A reload comes back where it was: the last screen and the single inspected report are kept
// in IndexedDB (the batch workspace keeps itself, see store/batch-slice.ts).
import { useEffect } from 'react';
import { useGouji } from '../store/store';
import { putSession } from '../storage';

let restored = false;

export function usePersistSession(): void {
  useEffect(() => {
    if (!restored) {
      restored = true;
      void useGouji.getState().restoreSession();
    }
    return useGouji.subscribe((s, p) => {
      // the document as inspected: corrections are kept apart and applied again (trust-slice.ts)
      const doc = s.inspected ?? s.doc;
      if (s.mode === 'single' && doc && doc !== (p.inspected ?? p.doc)) {
        const name = s.job.name ?? doc.source.name;
        void putSession('single', { name, doc, savedAt: Date.now() }).catch(() => {});
      }
      if (s.mode === 'single' && p.mode !== 'single') void putSession('view', { mode: 'single' }).catch(() => {});
    });
  }, []);
}
