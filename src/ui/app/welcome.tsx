// The first screen: how to get a report in, and the paste box.
import { useT } from '../i18n/i18n';
import { PasteBox } from '../input/paste-box';

export function Welcome() {
  const t = useT();
  return (
    <div className="welcome">
      <h2>{t('welcomeTitle')}</h2>
      <p>{t('welcomeBody')}</p>
      <p className="muted">{t('welcomeAccepts')}</p>
      <PasteBox />
    </div>
  );
}
