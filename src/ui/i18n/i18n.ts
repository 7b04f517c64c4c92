// Typed lookup of UI strings for the current language, with {name} placeholders: a message
// called without one of its placeholders is a type error.
import { useMemo } from 'react';
import { useGouji } from '../store/store';
import type { Lang } from './lang';
import { en } from './en';
import { zh, type MessageKey } from './zh';
import { fill, type Placeholders, type VarsFor } from './placeholders';
import { enSingular } from './plural-en';

export type { MessageKey, Lang };
const tables: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** The values message `K` needs (its placeholders, from the Chinese table). */
export type Vars<K extends MessageKey> = VarsFor<(typeof zh)[K]>;

/** The messages without placeholders (what a key built at run time may name). */
export type PlainKey = { [K in MessageKey]: [Placeholders<(typeof zh)[K]>] extends [never] ? K : never }[MessageKey];

/** singular forms by language (a count Intl.PluralRules calls 'one'); Chinese needs none */
const singular: Record<Lang, Partial<Record<MessageKey, string>>> = { zh: {}, en: enSingular };
const pluralRules: Record<Lang, Intl.PluralRules> = { zh: new Intl.PluralRules('zh'), en: new Intl.PluralRules('en') };

export function translate<K extends MessageKey>(lang: Lang, key: K, ...vars: Vars<K>): string {
  const v = vars[0] as Record<string, string | number> | undefined;
  // what the message counts: its {n}, else its {total}
  const count = typeof v?.n === 'number' ? v.n : typeof v?.total === 'number' ? v.total : null;
  const one = count !== null && pluralRules[lang].select(count) === 'one' ? singular[lang][key] : undefined;
  return fill(one ?? tables[lang][key], v);
}

export type T = <K extends MessageKey>(key: K, ...vars: Vars<K>) => string;

export function useT(): T {
  const lang = useGouji((s) => s.lang);
  return useMemo(() => {
    const t: T = (key, ...vars) => translate(lang, key, ...vars);
    return t;
  }, [lang]);
}
