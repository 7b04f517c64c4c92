// Typed lookup of UI strings for the current language, with {name} placeholders: a message
// called without one of its placeholders is a type error.
import { useMemo } from 'react';
import { useGouji } from '../store/store';
import type { Lang } from './lang';
import { en } from './en';
import { zh, type MessageKey } from './zh';
import { fill, type Placeholders, type VarsFor } from './placeholders';

export type { MessageKey, Lang };
const tables: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** The values message `K` needs (its placeholders, from the Chinese table). */
export type Vars<K extends MessageKey> = VarsFor<(typeof zh)[K]>;

/** The messages without placeholders (what a key built at run time may name). */
export type PlainKey = { [K in MessageKey]: [Placeholders<(typeof zh)[K]>] extends [never] ? K : never }[MessageKey];

export function translate<K extends MessageKey>(lang: Lang, key: K, ...vars: Vars<K>): string {
  return fill(tables[lang][key], vars[0]);
}

export type T = <K extends MessageKey>(key: K, ...vars: Vars<K>) => string;

export function useT(): T {
  const lang = useGouji((s) => s.lang);
  return useMemo(() => {
    const t: T = (key, ...vars) => translate(lang, key, ...vars);
    return t;
  }, [lang]);
}
