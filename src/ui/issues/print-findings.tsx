// Every finding for the printed inspection report: what it is, its figures, the source line it
// rests on, and the reviewer's verdict and note. No controls: this is read on paper.
import type { ReportDocument, Review, Span } from '../../core/types';
import type { Lang } from '../i18n/lang';
import type { T } from '../i18n/i18n';
import { buildIssues, type IssueItem } from './issue-model';
import { ItemBody } from './issues-list';

function itemSpans(item: IssueItem): Span[] {
  const s = item.selection;
  if (!s) return [];
  if (s.kind === 'check' || s.kind === 'cells') return s.spans;
  if (s.kind === 'cell') return s.span ? [s.span] : [];
  return [s.span];
}

/** the line of the text a span starts on, with its number, shortened around the span */
export function sourceLine(text: string, span: Span): { n: number; text: string } {
  const start = text.lastIndexOf('\n', span[0] - 1) + 1;
  let end = text.indexOf('\n', span[0]);
  if (end < 0) end = text.length;
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) n++;
  const from = Math.max(start, span[0] - 60);
  const to = Math.min(end, Math.max(span[1], span[0]) + 60);
  return { n, text: `${from > start ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < end ? '…' : ''}` };
}

export function PrintFindings({ doc, lang, t, reviews }: { doc: ReportDocument; lang: Lang; t: T; reviews: Record<string, Review> }) {
  const model = buildIssues(doc, lang);
  if (!model.flat.length) return <p>{t('ilNone')}</p>;
  return (
    <>
      {model.groups.map((g) => (
        <section key={g.id} className="pr-group">
          <h3>
            {g.label}（{g.items.length}）
          </h3>
          <ol>
            {g.items.map((item) => {
              const spans = itemSpans(item);
              const line = spans.length ? sourceLine(doc.text, [...spans].sort((a, b) => a[0] - b[0])[0]) : null;
              const review = reviews[item.reviewKey];
              return (
                <li key={item.key} className={`pr-item pr-${item.kind}`}>
                  <div className="pr-body">
                    <ItemBody item={item} doc={doc} t={t} lang={lang} />
                  </div>
                  {line ? (
                    <p className="pr-source">
                      {t('prLine', { n: line.n })}：{line.text}
                    </p>
                  ) : null}
                  <p className="pr-review">
                    {review
                      ? `${t(review.state === 'confirmed' ? 'rvConfirmed' : 'rvDismissed')}${review.note ? `：${review.note}` : ''}（${review.at.slice(0, 16).replace('T', ' ')}）`
                      : t('rvOpen')}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}
