// Next / previous issue from any tab: j/k (or n/p) anywhere outside a text field, and two
// buttons beside the result tabs. Stepping only changes the store's selection, so the source
// scrolls to the issue and the tables pane selects a failing check's cells wherever you are.
// Focus: a key press moves focus to the item when the issues list is on screen (so Tab and
// Enter continue from there); a button keeps focus, and other tabs keep theirs.
import { useCallback, useEffect, useMemo } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { buildIssues, indexOfSelection, type IssueModel } from './issue-model';
// oxlint-disable-next-line import/no-unassigned-import -- the pane's stylesheet
import './issues.css';

const typing = (el: Element | null) =>
  !!el && (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el as HTMLElement).isContentEditable);

/** The issue `delta` steps away from the current selection (wrapping), or null when there are none. */
export function stepIssue(model: IssueModel, delta: number) {
  const n = model.flat.length;
  if (!n) return null;
  const from = indexOfSelection(model.flat, useGouji.getState().selection);
  return model.flat[from < 0 ? (delta > 0 ? 0 : n - 1) : (from + delta + n) % n]!;
}

export function IssueNav() {
  const t = useT();
  const doc = useGouji((s) => s.doc);
  const lang = useGouji((s) => s.lang);
  const selection = useGouji((s) => s.selection);
  const setSelection = useGouji((s) => s.setSelection);
  const model = useMemo(() => (doc ? buildIssues(doc, lang) : null), [doc, lang]);
  const current = model ? indexOfSelection(model.flat, selection) : -1;

  const go = useCallback(
    (delta: number, how: 'key' | 'button') => {
      const item = model && stepIssue(model, delta);
      if (!item) return;
      setSelection(item.selection);
      // the issues list, when shown, brings the item into view; a key press also focuses it
      requestAnimationFrame(() => {
        const el = [...document.querySelectorAll<HTMLElement>('[data-issue]')].find((b) => b.dataset.issue === item.key);
        if (!el) return;
        if (how === 'key') el.focus({ preventScroll: true });
        el.scrollIntoView({ block: 'nearest' });
      });
    },
    [model, setSelection],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || typing(document.activeElement)) return;
      if (e.key === 'j' || e.key === 'n') go(1, 'key');
      else if (e.key === 'k' || e.key === 'p') go(-1, 'key');
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go]);

  if (!model) return null;
  const n = model.flat.length;
  return (
    <div className="il-nav" role="group" aria-label={t('issueNavLabel')}>
      <span className="il-pos" aria-live="polite">
        {current >= 0 ? t('issuePosition', { i: current + 1, n }) : t('issueCount', { n })}
      </span>
      <button type="button" onClick={() => go(-1, 'button')} disabled={!n} aria-keyshortcuts="k p" title={t('issueKeys')}>
        ↑ {t('prevIssue')}
      </button>
      <button type="button" onClick={() => go(1, 'button')} disabled={!n} aria-keyshortcuts="j n" title={t('issueKeys')}>
        ↓ {t('nextIssue')}
      </button>
    </div>
  );
}
