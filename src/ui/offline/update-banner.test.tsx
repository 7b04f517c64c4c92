// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { UpdateBanner } from './update-banner';
import { setApplyUpdate, setOfflineState } from './offline-state';
import { rootPerTest } from '../shared/test-root';

describe('UpdateBanner', () => {
  const t = rootPerTest();

  it('says nothing until a new version waits, then reloads only when asked', () => {
    const apply = vi.fn();
    setApplyUpdate(apply);
    setOfflineState({ updateWaiting: false });
    t.render(<UpdateBanner />);
    expect(t.host.textContent).toBe('');
    act(() => setOfflineState({ updateWaiting: true }));
    expect(t.host.textContent).toContain('新版本');
    // announced, not forced: nothing happened yet
    expect(apply).not.toHaveBeenCalled();
    const [reload] = [...t.host.querySelectorAll('button')];
    act(() => reload!.click());
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('"later" hides the notice and keeps the running version', () => {
    const apply = vi.fn();
    setApplyUpdate(apply);
    act(() => setOfflineState({ updateWaiting: true }));
    t.render(<UpdateBanner />);
    const buttons = [...t.host.querySelectorAll('button')];
    act(() => buttons[1]!.click());
    expect(t.host.textContent).toBe('');
    expect(apply).not.toHaveBeenCalled();
  });
});
