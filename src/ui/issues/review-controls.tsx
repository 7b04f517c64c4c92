// Confirm or dismiss one finding, with a short note. The verdict is stored by the finding's key
// (rule id + span, core/review/findings.ts), so it survives a reload and a re-inspection.
import { useId, useState } from 'react';
import { useGouji } from '../store/store';
import { useT } from '../i18n/i18n';

export function ReviewControls({ reviewKey, subject }: { reviewKey: string; subject: string }) {
  const t = useT();
  const review = useGouji((s) => s.reviews[reviewKey]);
  const setReview = useGouji((s) => s.setReview);
  // what is being typed; null: show the stored note (a reload or another tab may change it)
  const [draft, setDraft] = useState<string | null>(null);
  const note = draft ?? review?.note ?? '';
  const id = useId();

  const choose = (state: 'confirmed' | 'dismissed') => {
    setReview(reviewKey, review?.state === state ? null : { state, note });
    setDraft(null);
  };
  const saveNote = () => {
    if (review && note !== review.note) setReview(reviewKey, { state: review.state, note });
    setDraft(null);
  };
  return (
    <div className={`il-review${review ? ` il-review-${review.state}` : ''}`} role="group" aria-label={t('rvGroup', { subject })}>
      <button type="button" aria-pressed={review?.state === 'confirmed'} onClick={() => choose('confirmed')}>
        {t('rvConfirm')}
      </button>
      <button type="button" aria-pressed={review?.state === 'dismissed'} onClick={() => choose('dismissed')}>
        {t('rvDismiss')}
      </button>
      <label className="il-note" htmlFor={id}>
        <span className="il-note-label">{t('rvNote')}</span>
        <input
          id={id}
          value={note}
          maxLength={500}
          placeholder={review ? '' : t('rvNoteHint')}
          disabled={!review}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={saveNote}
          onKeyDown={(e) => {
            if (e.key === 'Enter') saveNote();
          }}
        />
      </label>
      {review ? <span className="il-review-state">{t(review.state === 'confirmed' ? 'rvConfirmed' : 'rvDismissed')}</span> : null}
    </div>
  );
}
