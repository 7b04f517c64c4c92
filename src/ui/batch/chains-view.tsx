// Year chains: one line per body, one column per year; each year's cell names its report and
// marks the link from the year before (failed / uncertain checks), a missing year or a year
// claimed twice. A link opens a comparison of both reports at the cells its checks read.
// Never a long task on the page: the links are judged a slice of reports at a time (~8 ms,
// each link once per workspace, kept in one ChainBook while rows stream in), and only the
// bodies' lines in view are in the page (rows virtualised, with spacer rows above and below, so
// the table stays a table for screen readers: aria-rowcount / aria-rowindex give the whole).
import { useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ChainBook, type Chain, type ChainCheck, type ChainInput } from '../../core/batch';
import type { BatchEntry } from '../store/batch-slice';
import { useGouji } from '../store/store';
import { useBatchEntries } from './use-entries';
import { useT } from '../i18n/i18n';
import { LinkCompare } from './link-compare';
import { inListingOrder } from './listing-order';

export interface Link {
  chain: Chain;
  from: number;
  to: number;
  checks: ChainCheck[];
}

export function linkSummary(checks: ChainCheck[]): { fail: number; uncertain: number } {
  let fail = 0;
  let uncertain = 0;
  for (const c of checks) {
    if (c.status === 'fail') fail++;
    else if (c.status === 'uncertain') uncertain++;
  }
  return { fail, uncertain };
}

const SLICE_MS = 8;
/** a line's height before it is measured (a file name and a link button) */
const LINE_H = 52;
/** fixed column widths: the lines in view change as it scrolls, the columns must not */
const BODY_W = 200;
const YEAR_W = 150;
const later = (f: () => void) => setTimeout(f, 0);

/** the links judged so far, for one workspace (a new workspace starts a new book) */
let shared: { id: string | null; book: ChainBook; fed: WeakSet<ChainInput> } = { id: null, book: new ChainBook(), fed: new WeakSet() };

/** The chains of `entries`, built in slices; null until the first build is done. */
function useChains(entries: readonly BatchEntry[], id: string | null): Chain[] | null {
  const [chains, setChains] = useState<Chain[] | null>(null);
  useEffect(() => {
    if (shared.id !== id) shared = { id, book: new ChainBook(), fed: new WeakSet() };
    const { book, fed } = shared;
    let i = 0;
    let stopped = false;
    const step = () => {
      if (stopped) return;
      const t0 = performance.now();
      while (i < entries.length && performance.now() - t0 < SLICE_MS) {
        const c = entries[i++]!.chain;
        if (!fed.has(c)) {
          fed.add(c);
          book.add(c);
        }
      }
      if (i < entries.length) later(step);
      // in the listing's order, not the workers' completion order: which of two reports of one
      // year the links read must be the same live, after a reload and in batch.json
      else setChains(book.chains(inListingOrder(entries).map((e) => e.chain)));
    };
    step();
    return () => {
      stopped = true;
    };
  }, [entries, id]);
  return chains;
}

export function ChainsView() {
  const t = useT();
  const entries = useBatchEntries();
  const id = useGouji((s) => s.batch.id);
  const chains = useChains(entries, id);
  const [link, setLink] = useState<Link | null>(null);
  // chains of one report are not chains
  const shown = useMemo(() => (chains ?? []).filter((c) => c.reports.length > 1 || c.checks.length > 0), [chains]);
  // every year from the first to the last: a year no body has a report for is a column too (its
  // cells say it is missing), not left out of the table
  const years = useMemo(() => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const c of shown) {
      lo = Math.min(lo, c.years[0]!);
      hi = Math.max(hi, c.years.at(-1)!);
    }
    return lo > hi ? [] : Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  }, [shown]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // oxlint-disable-next-line react/incompatible-library -- no React Compiler here; the virtualizer re-renders us itself
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_H,
    getItemKey: (i) => shown[i]!.key,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));

  if (chains === null) return <p className="bg-note" data-testid="chains-building">{t('chainsBuilding')}</p>;
  if (shown.length === 0) return <p className="bg-note">{t('chainsNone')}</p>;
  return (
    <section className="bg-chains" aria-label={t('batchViewChains')}>
      <p className="bg-note">{t('chainsIntro')}</p>
      <ChainFindings chains={shown} onShow={(i) => virtualizer.scrollToIndex(i, { align: 'center' })} />
      <div className="bg-chains-scroll" ref={scrollRef} tabIndex={0} aria-label={t('batchViewChains')} data-testid="chains-scroll">
        <table className="bg-chain-table" data-testid="chains-table" aria-rowcount={shown.length + 1} style={{ width: BODY_W + years.length * YEAR_W }}>
          <colgroup>
            <col style={{ width: BODY_W }} />
            {years.map((y) => (
              <col key={y} style={{ width: YEAR_W }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">{t('chainsBody')}</th>
              {years.map((y) => (
                <th key={y} scope="col">{y}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && (
              <tr aria-hidden="true" className="bg-chain-pad">
                <td colSpan={years.length + 1} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((v) => {
              const c = shown[v.index]!;
              return (
                <tr key={c.key} ref={virtualizer.measureElement} data-index={v.index} aria-rowindex={v.index + 2}>
                  <th scope="row">{c.agency}</th>
                  {years.map((y) => (
                    <ChainCell key={y} chain={c} year={y} onLink={setLink} />
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 && (
              <tr aria-hidden="true" className="bg-chain-pad">
                <td colSpan={years.length + 1} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {link && <LinkCompare link={link} onClose={() => setLink(null)} />}
    </section>
  );
}

/** The chain's findings that are not links: a year with no report, a year claimed twice. */
export function chainFindings(chains: readonly Chain[]): { index: number; chain: Chain; check: ChainCheck }[] {
  const out: { index: number; chain: Chain; check: ChainCheck }[] = [];
  chains.forEach((chain, index) => {
    for (const check of chain.checks) if (check.id === 'chain.missingYear' || check.id === 'chain.duplicateYear') out.push({ index, chain, check });
  });
  return out;
}

const baseName = (f: string) => f.split('/').pop() ?? f;

/**
 * Above the chains: every missing year and every year claimed twice, in words, each taking the
 * table to its body's line (with many bodies the cells that show them may be far down).
 */
function ChainFindings({ chains, onShow }: { chains: readonly Chain[]; onShow: (index: number) => void }) {
  const t = useT();
  const all = useMemo(() => chainFindings(chains), [chains]);
  if (all.length === 0) return <p className="bg-note" data-testid="chain-findings-none">{t('chainFindingsNone')}</p>;
  const missing = all.filter((f) => f.check.id === 'chain.missingYear').length;
  return (
    <details className="bg-chain-findings" open data-testid="chain-findings">
      <summary>{t('chainFindingsTitle', { missing, duplicate: all.length - missing })}</summary>
      <ul>
        {all.map(({ index, chain, check }) => (
          <li key={`${chain.key}-${check.id}-${check.year}`} data-finding={check.id} data-year={check.year}>
            <button type="button" className="linklike" onClick={() => onShow(index)}>
              {chain.agency}
            </button>
            {check.id === 'chain.missingYear'
              ? t('chainFindingMissing', { year: check.year ?? '', from: check.from, to: check.to })
              : t('chainFindingDuplicate', { year: check.year ?? '', n: check.files?.length ?? 0, files: (check.files ?? []).map(baseName).join(t('chainListSep')), first: baseName(check.files?.[0] ?? '') })}
          </li>
        ))}
      </ul>
    </details>
  );
}

function ChainCell({ chain, year, onLink }: { chain: Chain; year: number; onLink: (l: Link) => void }) {
  const t = useT();
  const first = chain.years[0]!;
  const last = chain.years.at(-1)!;
  if (year < first || year > last) return <td className="bg-chain-out" />;
  const reports = chain.reports.filter((r) => r.year === year);
  const missing = chain.checks.some((c) => c.id === 'chain.missingYear' && c.year === year);
  const prev = chain.years.filter((y) => y < year).at(-1);
  const checks = prev === undefined ? [] : chain.checks.filter((c) => c.to === year && c.from === prev && !c.id.startsWith('chain.'));
  const { fail, uncertain } = linkSummary(checks);
  const cls = missing ? 'bg-chain-missing' : fail ? 'bg-chain-fail' : uncertain ? 'bg-chain-uncertain' : 'bg-chain-ok';
  return (
    <td className={cls}>
      {missing && <span className="pill pill-warn">{t('chainMissingYear', { year })}</span>}
      {reports.length > 1 && <span className="pill pill-bad">{t('chainDuplicateYear', { year, n: reports.length })}</span>}
      {/* every report claiming the year, the first (the one the links read) marked */}
      {reports.map((r, i) => (
        <div key={r.file} data-chain-file={r.file}>
          <span className="bg-chain-file" title={r.file}>
            {baseName(r.file)}
          </span>
          {reports.length > 1 && i === 0 && <span className="bg-chain-used">{t('chainDuplicateUsed')}</span>}
        </div>
      ))}
      {prev !== undefined && checks.length > 0 && (
        <button
          type="button"
          className={fail ? 'bg-link bg-link-fail' : uncertain ? 'bg-link bg-link-uncertain' : 'bg-link'}
          onClick={() => onLink({ chain, from: prev, to: year, checks })}
          data-testid={`link-${prev}-${year}`}
        >
          {fail ? t('chainLinkFail', { from: prev, to: year, n: fail }) : uncertain ? t('chainLinkUncertain', { from: prev, to: year, n: uncertain }) : t('chainLinkOk', { from: prev, to: year })}
        </button>
      )}
    </td>
  );
}
