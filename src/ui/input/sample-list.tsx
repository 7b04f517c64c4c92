// The samples as a plain list of buttons (for the first screen).
import { useGouji } from '../store/store';
import { SAMPLES } from './samples';

export function SampleList() {
  const lang = useGouji((s) => s.lang);
  const openSample = useGouji((s) => s.openSample);
  return (
    <ul className="sample-grid">
      {SAMPLES.map((s) => (
        <li key={s.file}>
          <button type="button" onClick={() => void openSample(s.file)}>
            {lang === 'zh' ? s.zh : s.en}
          </button>
        </li>
      ))}
    </ul>
  );
}
