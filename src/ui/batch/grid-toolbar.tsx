// Filters above the grid (text, agency, year, template, has failures / garbles, unreadable),
// the columns to show, and how many rows pass.
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useGouji } from '../store/store';
import { useBatchEntries } from './use-entries';
import { EMPTY_FILTER, type BatchFilter } from '../store/batch-slice';
import { useT } from '../i18n/i18n';
import { facets, filterEntries, isFiltered } from './filter-rows';
import { COLUMNS, HIDDEN_BY_DEFAULT, cellText, columnLabel } from './grid-columns';

export function GridToolbar() {
  const t = useT();
  const lang = useGouji((s) => s.lang);
  const entries = useBatchEntries();
  const { filter, columns } = useGouji(useShallow((s) => ({ filter: s.grid.filter, columns: s.grid.columns })));
  const setGrid = useGouji((s) => s.setGrid);
  const f = useMemo(() => facets(entries), [entries]);
  const shown = useMemo(() => filterEntries(entries, filter).length, [entries, filter]);
  const set = (p: Partial<BatchFilter>) => setGrid({ filter: { ...filter, ...p }, focusKey: null, scrollTop: 0 });
  const visible = (id: string) => ({ ...HIDDEN_BY_DEFAULT, ...columns } as Record<string, boolean | undefined>)[id] !== false;

  const select = (label: string, value: string, options: string[], key: 'agency' | 'year' | 'template', show = (o: string) => o) => (
    <label className="bg-field">
      <span>{label}</span>
      <select value={value} onChange={(e) => set({ [key]: e.target.value })}>
        <option value="">{t('batchFilterAll')}</option>
        {options.map((o) => (
          <option key={o} value={o}>{show(o)}</option>
        ))}
      </select>
    </label>
  );
  const check = (label: string, key: 'failures' | 'garbles' | 'unreadable') => (
    <label className="toggle">
      <input type="checkbox" checked={filter[key]} onChange={(e) => set({ [key]: e.target.checked })} />
      {label}
    </label>
  );

  return (
    <div className="bg-toolbar" role="search">
      <input
        type="search"
        className="bg-search"
        placeholder={t('batchFilterText')}
        aria-label={t('batchFilterText')}
        value={filter.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      {select(t('batchFilterAgency'), filter.agency, f.agencies, 'agency')}
      {select(t('batchFilterYear'), filter.year, f.years, 'year')}
      {select(t('batchFilterTemplate'), filter.template, f.templates, 'template', (o) => cellText('format', o, t))}
      {check(t('batchFilterFailures'), 'failures')}
      {check(t('batchFilterGarbles'), 'garbles')}
      {check(t('batchFilterUnreadable'), 'unreadable')}
      {isFiltered(filter) && (
        <button type="button" onClick={() => setGrid({ filter: EMPTY_FILTER, focusKey: null, scrollTop: 0 })}>
          {t('batchFilterReset')}
        </button>
      )}
      <details className="bg-columns">
        <summary>{t('batchColumns')}</summary>
        <fieldset>
          <legend className="visually-hidden">{t('batchColumns')}</legend>
          {COLUMNS.filter((c) => c.id !== 'file').map((c) => (
            <label key={c.id} className="toggle">
              <input type="checkbox" checked={visible(c.id)} onChange={(e) => setGrid({ columns: { ...columns, [c.id]: e.target.checked } })} />
              {columnLabel(c.id, lang, t)}
            </label>
          ))}
        </fieldset>
      </details>
      <span className="bg-count" aria-live="polite" data-testid="batch-count">
        {t('batchRows', { shown, total: entries.length })}
      </span>
    </div>
  );
}
