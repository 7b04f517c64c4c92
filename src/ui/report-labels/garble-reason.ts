// Why a garble was flagged, in the UI language (from its code; a garble without one shows
// the core's reason as written); quoted parts marked (i18n/quote.ts).
import type { Garble } from '../../core/types';
import type { Lang } from '../i18n/lang';
import { diagnosticMarked } from '../i18n/diagnostics';

export function garbleReason(g: Garble, lang: Lang): string {
  return g.code ? diagnosticMarked(g, lang) : (g.reason ?? '');
}
