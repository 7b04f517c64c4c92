// Typed lookup of UI strings for the current language, with {name} placeholders.
import { useCallback } from 'react';
import { useGouji, type Lang } from '../store/store';
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type { MessageKey };
const tables: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const s = tables[lang][key];
  return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
}

export type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function useT(): T {
  const lang = useGouji((s) => s.lang);
  return useCallback<T>((key, vars) => translate(lang, key, vars), [lang]);
}
