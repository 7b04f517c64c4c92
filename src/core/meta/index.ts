// PLACEHOLDER (owned by the meta work): agency, year, format, script.
import type { Format, Meta, Section } from '../types';
import type { TextContext } from '../context';
import { detectScript } from '../normalize/script';

export function detectMeta(ctx: TextContext, _sections: Section[], format: Format): Meta {
  return { agency: null, year: null, format, script: detectScript(ctx.text) };
}
