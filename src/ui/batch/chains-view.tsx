// Year chains: one line per body, one column per year; each year's cell names its report and
// marks the link from the year before (failed / uncertain checks), a missing year or a year
// claimed twice. A link opens a comparison of both reports at the cells its checks read.
import { useMemo, useState } from 'react';
import { buildChains, type Chain, type ChainCheck } from '../../core/batch';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';
import { LinkCompare } from './link-compare';

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

export function ChainsView() {
  const t = useT();
  const entries = useGouji((s) => s.batch.entries);
  const chains = useMemo(() => buildChains(entries.map((e) => e.chain)), [entries]);
  const [link, setLink] = useState<Link | null>(null);
  // chains of one report are not chains
  const shown = useMemo(() => chains.filter((c) => c.reports.length > 1 || c.checks.length > 0), [chains]);
  const years = useMemo(() => [...new Set(shown.flatMap((c) => c.years))].sort((a, b) => a - b), [shown]);

  if (shown.length === 0) return <p className="bg-note">{t('chainsNone')}</p>;
  return (
    <section className="bg-chains" aria-label={t('batchViewChains')}>
      <p className="bg-note">{t('chainsIntro')}</p>
      <div className="bg-chains-scroll">
        <table className="bg-chain-table" data-testid="chains-table">
          <thead>
            <tr>
              <th scope="col">{t('chainsBody')}</th>
              {years.map((y) => (
                <th key={y} scope="col">{y}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.key}>
                <th scope="row">{c.agency}</th>
                {years.map((y) => (
                  <ChainCell key={y} chain={c} year={y} onLink={setLink} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {link && <LinkCompare link={link} onClose={() => setLink(null)} />}
    </section>
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
      {reports.length > 0 && (
        <span className="bg-chain-file" title={reports.map((r) => r.file).join('\n')}>
          {reports[0]!.file.split('/').pop()}
        </span>
      )}
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
