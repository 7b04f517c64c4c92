// A worded diagnostic on screen: what it quotes from the report (quote.ts) set apart in the
// report's language, so a screen reader reads it as Chinese and a test can tell quoted source
// text from wording that was left untranslated.
import { quoteParts } from './quote';

/** `text` with its quoted parts in <span lang="zh-CN" data-source> */
export function Worded({ text }: { text: string }) {
  const parts = quoteParts(text);
  if (parts.length === 1 && !parts[0].quoted) return <>{text}</>;
  return (
    <>
      {parts.map((p, i) =>
        p.quoted ? (
          <span key={i} lang="zh-CN" data-source="">
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}

/** a piece of the report's own text (a label, a snippet), marked as such */
export function Source({ text, className }: { text: string; className?: string }) {
  return (
    <span lang="zh-CN" data-source="" className={className}>
      {text}
    </span>
  );
}
