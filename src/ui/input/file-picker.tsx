// Real <input type=file> elements behind buttons (they stay in the page for setInputFiles):
// one for files (one or many), one for a whole folder (behind the browser's directory picker
// where it has one).
import { useRef, useState } from 'react';
import { useT } from '../i18n/i18n';
import { useGouji } from '../store/store';
import { hasDirectoryPicker, openFiles, pickFolder } from './open-inputs';

const ACCEPT = '.txt,.html,.htm,.docx,.pdf,.zip,text/plain,text/html,application/pdf,application/zip,application/vnd.openxmlformats-officedocument.wordprocessingml.document,*/*';

export function FilePicker() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  // the directory picker refused (not closed by the person) after the click's user activation
  // was spent: the folder input's click() would be ignored, so a button of its own is offered
  const [refused, setRefused] = useState(false);
  const onFolder = () => {
    setRefused(false);
    if (!hasDirectoryPicker()) return folder.current?.click();
    void pickFolder().then(
      (done) => {
        if (done) return;
        const activation = (navigator as { userActivation?: { isActive: boolean } }).userActivation;
        if (activation && !activation.isActive) setRefused(true);
        else folder.current?.click();
      },
      // listing the folder or storing the workspace (IndexedDB) failed: said, not left unhandled
      (e: unknown) => useGouji.getState().openFailed(e),
    );
  };
  const change = (e: React.ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = ''; // choosing the same file again still fires change
    void openFiles(files).catch((err: unknown) => useGouji.getState().openFailed(err));
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
        onClick={onFolder}
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
        onChange={(e) => {
          setRefused(false);
          change(e);
        }}
      />
      {refused && (
        <span className="folder-refused" role="status" data-testid="folder-refused">
          {t('folderPickerRefused')}{' '}
          <button type="button" onClick={() => (setRefused(false), folder.current?.click())} data-testid="folder-fallback">
            {t('folderPickerFallback')}
          </button>
        </span>
      )}
    </>
  );
}
