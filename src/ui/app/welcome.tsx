// The first screen: how to get a report in, and the paste box.
import { useT } from '../i18n/i18n';
import { PasteBox } from '../input/paste-box';
import { SampleList } from '../input/sample-list';

export function Welcome() {
  const t = useT();
  return (
    <div className="welcome">
      <h2>{t('welcomeTitle')}</h2>
      <p>{t('welcomeBody')}</p>
      <p className="muted">{t('welcomeAccepts')}</p>
      <PasteBox />
      <h3>{t('orOpenSample')}</h3>
      <SampleList />
    </div>
  );
}
