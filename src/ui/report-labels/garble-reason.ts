// Why a garble was flagged, in the UI language (from its code; a garble without one shows
// the core's reason as written).
import type { Garble } from '../../core/types';
import type { Lang } from '../i18n/lang';
import { diagnosticText } from '../i18n/diagnostics';

export function garbleReason(g: Garble, lang: Lang): string {
  return g.code ? diagnosticText(g, lang) : (g.reason ?? '');
}
