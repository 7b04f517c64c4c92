// Real <input type=file> elements behind buttons (they stay in the page for setInputFiles):
// one for files (one or many), one for a whole folder (behind the browser's directory picker
// where it has one).
import { useRef } from 'react';
import { useT } from '../i18n/i18n';
import { hasDirectoryPicker, openFiles, pickFolder } from './open-inputs';

const ACCEPT = '.txt,.html,.htm,.docx,.pdf,.zip,text/plain,text/html,application/pdf,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document,*/*';

export function FilePicker() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const change = (e: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = ''; // choosing the same file again still fires change
    void openFiles(files);
  };
  return (
    <>
      <button type="button" className="primary" onClick={() => input.current?.click()} title={t('openFileLabel')}>
        {t('openFile')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('openFileLabel')}
        accept={ACCEPT}
        data-testid="file-input"
        onChange={change}
      />
      <button
        type="button"
        // the browser's directory picker where there is one (the folder is listed a step at a
        // time), else the folder input (its browser lists every file in one task first)
        onClick={() => (hasDirectoryPicker() ? void pickFolder().then((done) => done || folder.current?.click()) : folder.current?.click())}
        title={t('openFolderLabel')}
        data-testid="folder-button"
      >
        {t('openFolder')}
      </button>
      <input
        ref={folder}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('openFolderLabel')}
        data-testid="folder-input"
        // a folder picker: every file under the chosen folder, with webkitRelativePath
        {...{ webkitdirectory: '' }}
        onChange={change}
      />
    </>
  );
}
