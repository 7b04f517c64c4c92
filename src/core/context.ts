// The context every analysis stage reads: the inspected text and its same-length folded view.
import { fold } from './normalize/fold';

export interface TextContext {
  /** the inspected text; every span indexes into it */
  text: string;
  /** same length as text: width-folded, traditional→simplified (see normalize/fold.ts) */
  folded: string;
}

export function makeContext(text: string): TextContext {
  return { text, folded: fold(text) };
}
