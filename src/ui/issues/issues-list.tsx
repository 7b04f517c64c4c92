// Every failing check and every garble, grouped and counted. Choosing one selects it in the
// store, so the tables pane and the source view show it; stepping through them (j/k, n/p and
// the buttons) is issue-nav.tsx, beside the tabs, so it works from every tab.
import { useMemo } from 'react';
import type { ReportDocument } from '../../core/types';
import { useGouji } from '../store/store';
import type { Lang } from '../i18n/lang';
import { useT, type T } from '../i18n/i18n';
import { checkTable, showGarbleText } from '../report-labels/labels';
import { noteText } from '../report-labels/note-text';
import { garbleReason } from '../report-labels/garble-reason';
import { buildIssues, checkSubject, checkTerms, context, indexOfSelection, type IssueCounts as Counts, type IssueItem } from './issue-model';
import { docLayout, colLabel, rowLabel, cellLabel } from '../report-labels/labels';
import { ReviewControls } from './review-controls';
import { checkText } from '../report-labels/check-text';
import { Source, Worded } from '../i18n/worded';
import { q, unquote } from '../i18n/quote';
import type { ReviewFilter } from '../store/trust-slice';
// oxlint-disable-next-line import/no-unassigned-import -- the pane's stylesheet
import './issues.css';

export function IssuesList() {
  const doc = useGouji((s) => s.doc);
  const lang = useGouji((s) => s.lang);
  const selection = useGouji((s) => s.selection);
  const setSelection = useGouji((s) => s.setSelection);
  const garbleMode = useGouji((s) => s.garbleMode);
  const reviews = useGouji((s) => s.reviews);
  const filter = useGouji((s) => s.reviewFilter);
  const setFilter = useGouji((s) => s.setReviewFilter);
  const setGarbleMode = useGouji((s) => s.setGarbleMode);
  const t = useT();

  const model = useMemo(() => (doc ? buildIssues(doc, lang) : null), [doc, lang]);
  const current = model ? indexOfSelection(model.flat, selection) : -1;

  // Checks that involve the selected cell, so a cell chosen in the tables leads here.
  const related = useMemo(() => {
    if (!doc || selection?.kind !== 'cell') return new Set<string>();
    return new Set(
      doc.checks
        .filter((c) => c.status === 'fail' && checkTable(c.id) === selection.table && c.cells.some(([r, col]) => r === selection.row && col === selection.col))
        .map((c) => c.id),
    );
  }, [doc, selection]);

  // the review filter: open = no verdict yet
  const keep = (key: string) => filter === 'all' || (filter === 'open' ? !reviews[key] : reviews[key]?.state === filter);
  const shownGroups = (model?.groups ?? []).map((g) => ({ ...g, items: g.items.filter((i) => keep(i.reviewKey)) })).filter((g) => g.items.length);

  if (!doc || !model) return <section className="il-pane" aria-label={t('tabIssues')}><p className="il-empty">{t('noDoc')}</p></section>;

  return (
    <section className="il-pane" aria-label={t('tabIssues')}>
      <div className="il-bar">
        {model.flat.length ? <IssueCounts counts={model.counts} t={t} /> : <p className="il-summary">{t('ilNone')}</p>}
        <label className="il-mode">
          {t('rvFilter')}
          <select value={filter} onChange={(e) => setFilter(e.target.value as ReviewFilter)}>
            <option value="all">{t('rvAll')}</option>
            <option value="open">{t('rvOpen')}</option>
            <option value="confirmed">{t('rvConfirmed')}</option>
            <option value="dismissed">{t('rvDismissed')}</option>
          </select>
        </label>
        <label className="il-mode">
          {t('garbleMode')}
          <select value={garbleMode} onChange={(e) => void setGarbleMode(e.target.value === 'thorough' ? 'thorough' : 'precise')}>
            <option value="precise">{t('garbleModePrecise')}</option>
            <option value="thorough">{t('garbleModeThorough')}</option>
          </select>
        </label>
      </div>
      <div className="il-groups">
        {filter !== 'all' && !shownGroups.length ? <p className="il-empty">{t('rvFilterEmpty')}</p> : null}
        {shownGroups.map((g) => (
          <section key={g.id} className="il-group" aria-labelledby={`il-${g.id}`}>
            <h2 id={`il-${g.id}`} className="il-group-title">
              {g.label} <span className="il-count">{g.items.length}</span>
            </h2>
            <ul className="il-items">
              {g.items.map((item) => {
                const active = model.flat[current]?.key === item.key;
                const rel = item.kind === 'check' && related.has(item.check.id);
                return (
                  <li key={item.key}>
                    <button
                      type="button"
                      className={`il-item il-${item.kind}${active ? ' il-active' : ''}${rel ? ' il-related' : ''}`}
                      data-issue={item.key}
                      aria-current={active ? 'true' : undefined}
                      onClick={() => item.selection && setSelection(item.selection)}
                    >
                      <ItemBody item={item} doc={doc} t={t} lang={lang} />
                      {rel ? <span className="il-rel-tag">{t('ilRelated')}</span> : null}
                    </button>
                    <ReviewControls reviewKey={item.reviewKey} subject={itemSubject(item, doc, t, lang)} />
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
        {model.passed.length ? (
          <details className="il-passed">
            <summary>
              {t('ilPassed')} <span className="il-count">{model.passed.reduce((n, p) => n + p.pass, 0)}</span>
            </summary>
            <table>
              <tbody>
                {model.passed.map((p) => (
                  <tr key={p.family}>
                    <th scope="row">{p.label}</th>
                    <td>{p.pass} {t('ilPass')}</td>
                    <td>{p.skipped ? `${p.skipped} ${t('ilSkipped')}` : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ) : null}
      </div>
    </section>
  );
}

/** A finding named in a few words (for the review controls' label). */
function itemSubject(item: IssueItem, doc: ReportDocument, t: T, lang: Lang): string {
  switch (item.kind) {
    case 'check': return checkSubject(doc, item.check);
    case 'warning': return unquote(checkText(doc, item.check, lang));
    case 'uncertain': {
      const g = item.group;
      if (!g.axis) return checkSubject(doc, g.checks[0]);
      const layout = docLayout(doc, g.table);
      return t(g.axis === 'col' ? 'ilBlankCol' : 'ilBlankRow', { line: g.axis === 'col' ? colLabel(layout, g.line ?? '') : rowLabel(layout, g.line ?? '') });
    }
    case 'garble': return `${showGarbleText(item.garble.text)} · ${t('atChar', { n: item.garble.span[0] })}`;
    case 'duplicate': return t('atChar', { n: item.dup.span[0] });
    case 'note': return `${item.note.row ?? item.table} · ${item.note.kind}`;
  }
}

/** One count per kind of finding, each in its own colour: red is failed rules only. */
export function IssueCounts({ counts, t }: { counts: Counts; t: T }) {
  const parts: [string, string, number][] = [
    ['failed', t('countFailed', { n: counts.failed }), counts.failed],
    ['uncertain', t('countUncertain', { n: counts.uncertain }), counts.uncertain],
    ['warnings', t('countWarnings', { n: counts.warnings }), counts.warnings],
    ['garbles', t('countGarbles', { n: counts.garbles }), counts.garbles],
    ['duplicates', t('countDuplicates', { n: counts.duplicates }), counts.duplicates],
    ['notes', t('countNotes', { n: counts.notes }), counts.notes],
  ];
  return (
    <p className="il-summary il-counts">
      {parts.filter(([kind, , n]) => n > 0 || kind === 'failed').map(([kind, text, n]) => (
        <span key={kind} className={`count count-${kind}${n ? '' : ' count-zero'}`} data-count={kind}>{text}</span>
      ))}
    </p>
  );
}

export function ItemBody({ item, doc, t, lang }: { item: IssueItem; doc: ReportDocument; t: T; lang: Lang }) {
  // what the report prints (labels, figures' rows) is quoted in English (i18n/quote.ts)
  const quote = (s: string) => (lang === 'en' ? q(s) : s);
  if (item.kind === 'uncertain') {
    const g = item.group;
    const layout = docLayout(doc, g.table);
    const line = g.axis === 'col' ? colLabel(layout, g.line ?? '') : g.axis === 'row' ? rowLabel(layout, g.line ?? '') : null;
    const subject = line ? t(g.axis === 'col' ? 'ilBlankCol' : 'ilBlankRow', { line: quote(line) }) : quote(checkSubject(doc, g.checks[0]));
    return (
      <>
        <span className="il-head">
          <span className="il-icon" aria-hidden="true">?</span>
          <span className="il-subject"><Worded text={subject} /></span>
          <span className="il-where">{t('ilBlankRules', { n: g.checks.length })}</span>
        </span>
        <span className="il-msg">{t('ilBlankWhy')}</span>
        <span className="il-terms" aria-label={t('ilBlankCells', { n: g.cells.length })}>
          {g.cells.map(([row, col]) => (
            <span key={`${row}:${col}`} className="il-term il-term-blank">
              <Source text={g.axis === 'col' ? rowLabel(layout, row) : g.axis === 'row' ? colLabel(layout, col, row) : cellLabel(layout, row, col)} /> <b>{t('leftBlank')}</b>
            </span>
          ))}
        </span>
        <span className="il-rules">
          {g.checks.map((c) => (
            <span key={c.id} className="il-rule" title={unquote(checkText(doc, c, lang))}>
              <Worded text={t('ilBlankRule', { subject: quote(checkSubject(doc, c)), expected: c.expected ?? '—', actual: c.actual ?? '—' })} />
            </span>
          ))}
        </span>
      </>
    );
  }
  if (item.kind === 'warning') {
    const c = item.check;
    return (
      <>
        <span className="il-head">
          <span className="il-icon" aria-hidden="true">!</span>
          <span className="il-subject"><Worded text={checkText(doc, c, lang)} /></span>
        </span>
      </>
    );
  }
  if (item.kind === 'check') {
    const c = item.check;
    const terms = checkTerms(doc, c);
    // zeros say little and make long lists; name the others, count the zeros
    const shown = terms.length > 8 ? terms.filter((x) => x.value !== 0) : terms;
    const zeros = terms.length - shown.length;
    const other = item.family === 'other';
    return (
      <>
        <span className="il-head">
          <span className="il-icon" aria-hidden="true">≠</span>
          <span className="il-subject"><Worded text={other ? checkText(doc, c, lang) : quote(checkSubject(doc, c))} /></span>
          <span className="il-figures">
            {t('expected')} <b>{c.expected ?? '—'}</b>{lang === 'zh' ? '，' : ', '}{t('actual')} <b>{c.actual ?? '—'}</b>
          </span>
        </span>
        {!other ? <span className="il-msg"><Worded text={checkText(doc, c, lang)} /></span> : null}
        {terms.length ? (
          <span className="il-terms">
            {shown.map((x, i) => (
              <span key={i} className="il-term">
                <Source text={x.label} /> <b>{x.value ?? t('blank')}</b>
              </span>
            ))}
            {zeros ? <span className="il-term">{t('ilZeros', { n: zeros })}</span> : null}
          </span>
        ) : null}
      </>
    );
  }
  if (item.kind === 'garble') {
    const g = item.garble;
    const ctx = context(doc.text, g.span);
    return (
      <>
        <span className="il-head">
          <span className="il-icon" aria-hidden="true">✱</span>
          <code className="il-garble-text il-subject" lang="zh-CN" data-source="">{showGarbleText(g.text)}</code>
          <span className="il-where">{t('atChar', { n: g.span[0] })}</span>
        </span>
        <span className="il-ctx" lang="zh-CN" data-source="">
          {ctx.before}
          <mark>{showGarbleText(ctx.at)}</mark>
          {ctx.after}
        </span>
        <span className="il-msg">
          <Worded text={`${g.suggestion ? t('suggest', { s: quote(g.suggestion) }) : t('remove')}${g.reason ? ` · ${garbleReason(g, lang)}` : ''}`} />
        </span>
      </>
    );
  }
  if (item.kind === 'duplicate') {
    const ctx = context(doc.text, [item.dup.span[0], Math.min(item.dup.span[1], item.dup.span[0] + 24)], 0);
    return (
      <>
        <span className="il-head">
          <span className="il-icon" aria-hidden="true">≡</span>
          <span className="il-subject">{t('atRange', { s: item.dup.span[0], e: item.dup.span[1] })}</span>
          <span className="il-where">{t('dupOf', { at: item.dup.of[0] })}</span>
        </span>
        <span className="il-ctx" lang="zh-CN" data-source="">{ctx.at}…</span>
      </>
    );
  }
  const note = noteText(doc, item.table, item.note, lang);
  return (
    <>
      <span className="il-head">
        <span className="il-icon" aria-hidden="true">i</span>
        <span className="il-subject">{note.label}</span>
        {item.note.span ? null : <span className="il-where">{t('ilNoSpan')}</span>}
      </span>
      <span className="il-msg"><Worded text={note.text} /></span>
    </>
  );
}
