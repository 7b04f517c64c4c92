// @vitest-environment jsdom
// The folder button when opening fails outside a report (the workspace could not be stored,
// the folder could not be listed): the status bar says so, in Chinese and in English, and no
// rejection is left unhandled.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { useGouji } from '../store/store';
import { StatusBar } from './status-bar';
import { rootPerTest } from '../shared/test-root';
import { FilePicker } from '../input/file-picker';

vi.mock('../input/open-inputs', () => ({
  hasDirectoryPicker: () => true,
  pickFolder: () => Promise.reject(new DOMException('The database connection is closing.', 'InvalidStateError')),
  openFiles: () => Promise.resolve(),
}));

describe('the folder button', () => {
  const t = rootPerTest();
  it('says in the status bar that the folder could not be opened when picking it rejects', async () => {
    useGouji.getState().setLang('zh');
    t.render(
      <>
        <StatusBar />
        <FilePicker />
      </>,
    );
    expect(t.host.querySelector('[role="alert"]')).toBeNull();
    await act(async () => t.host.querySelector<HTMLButtonElement>('[data-testid="folder-button"]')!.click());
    const status = () => t.host.querySelector('[data-testid="status"]')!;
    expect(status().getAttribute('role')).toBe('alert');
    expect(status().textContent).toBe('无法打开所选的文件或文件夹：The database connection is closing.');
    act(() => useGouji.getState().setLang('en'));
    expect(status().textContent).toBe('Could not open the chosen files or folder: The database connection is closing.');
    act(() => useGouji.getState().setLang('zh'));
  });
});
