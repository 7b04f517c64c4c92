// The sections found (一 … 六) as links that scroll the source to their headings.
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

export function SectionsNav({ variant }: { variant: 'strip' | 'list' }) {
  const t = useT();
  const sections = useGouji((s) => s.doc?.sections ?? []);
  const setSelection = useGouji((s) => s.setSelection);
  if (!sections.length) return variant === 'list' ? <p className="muted">{t('sectionsNone')}</p> : null;
  return (
    <nav className={`sections-${variant}`} aria-label={variant === 'list' ? t('sectionsTitle') : `${t('sectionsTitle')}（${t('sourceLabel')}）`}>
      <ol>
        {sections.map((s, i) => (
          <li key={i}>
            <button
              type="button"
              title={s.title}
              onClick={() => setSelection({ kind: 'span', span: s.headingSpan })}
            >
              {variant === 'strip' ? NUMERALS[s.number] ?? s.number : s.title}
              {s.repeated && <span className="tag">{t('sectionRepeated')}</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
