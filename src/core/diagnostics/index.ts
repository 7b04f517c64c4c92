// Diagnostics: codes with typed parameters, and their Chinese wording for the exported JSON.
import type { ErrorDocument, Failure } from '../types';
import type { Code, Diagnostic, DiagnosticParams } from './codes';
import { zhWording } from './zh';

export type { Code, Diagnostic, DiagnosticParams, CodeIn, DiagnosticIn } from './codes';
export { TABLE_NAMES, mb, zhWording } from './zh';

/** A diagnostic with its Chinese wording (the JSON's `message`). */
export type Said<C extends Code = Code> = Extract<Diagnostic, { code: C }> & { message: string };

export function zhMessage(d: Diagnostic): string {
  return (zhWording[d.code] as (p: Diagnostic['params']) => string)(d.params);
}

// The objects below are written out key by key, in the order a spread gave them (code, params,
// then the wording): on Node 20's V8 `{ ...d, message }` costs ~2 µs a call (a spread followed
// by another key leaves the fast clone path), ~50 times the literal; say runs ~2,000 times a
// report. Same keys, same order, same JSON.

/** The diagnostic `code` with `params`, worded in Chinese. */
export function say<C extends Code>(code: C, params: DiagnosticParams[C]): Said<C> {
  const d = { code, params } as Extract<Diagnostic, { code: C }>;
  return { code, params, message: zhMessage(d) } as Said<C>;
}

/** A failed step of a Result, with its code and its Chinese reason. */
export function fail<C extends Code>(code: C, params: DiagnosticParams[C]): { ok: false; reason: string } & Extract<Diagnostic, { code: C }> {
  const d = { code, params } as Extract<Diagnostic, { code: C }>;
  return { ok: false, reason: zhMessage(d), code, params } as { ok: false; reason: string } & Extract<Diagnostic, { code: C }>;
}

/** Just the code and parameters (what the JSON keeps beside a worded text). */
export function codeOf(s: Diagnostic): Diagnostic {
  return { code: s.code, params: s.params } as Diagnostic;
}

/** Why a garble was flagged: the code with parameters, and its Chinese `reason`. */
export function because<C extends Code>(code: C, params: DiagnosticParams[C]): Extract<Diagnostic, { code: C }> & { reason: string } {
  const d = { code, params } as Extract<Diagnostic, { code: C }>;
  return { code, params, reason: zhMessage(d) } as Extract<Diagnostic, { code: C }> & { reason: string };
}

/** The document of an input that could not be read: the failure's Chinese reason, code and parameters. */
export function errorDocument(f: Failure, source: ErrorDocument['source']): ErrorDocument {
  return { schema: 'gouji.report/1', error: f.reason, code: f.code, params: f.params, source } as ErrorDocument;
}
