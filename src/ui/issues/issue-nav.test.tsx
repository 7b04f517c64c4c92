// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { IssueNav } from './issue-nav';
import { IssuesList } from './issues-list';
import { useGouji } from '../store/store';
import { brokenDoc } from '../report-labels/test-doc';
import { rootPerTest } from '../shared/test-root';

const key = (k: string) => act(() => { document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })); });
const frame = () => act(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

describe('IssueNav', () => {
  const t = rootPerTest();

  it('steps through issues with j/k and n/p without the issues list, wrapping around', () => {
    useGouji.setState({ doc: brokenDoc(), selection: null });
    t.render(<IssueNav />);
    expect(t.host.textContent).toContain('共 5 个问题');
    key('j');
    expect(useGouji.getState().selection).toMatchObject({ kind: 'check', id: 'applications.rowTotal.newReceived' });
    expect(t.host.textContent).toContain('第 1 / 5 个');
    key('n');
    expect(useGouji.getState().selection).toMatchObject({ kind: 'check', id: 'applications.balance.total' });
    key('j');
    expect(useGouji.getState().selection).toMatchObject({ kind: 'garble', index: 0 });
    key('k');
    key('p');
    key('k'); // wraps to the last: the duplicate
    expect(useGouji.getState().selection).toMatchObject({ kind: 'span' });
    const next = [...t.host.querySelectorAll('button')].find((b) => b.textContent?.includes('下一个问题'))!;
    act(() => next.click());
    expect(useGouji.getState().selection).toMatchObject({ kind: 'check', id: 'applications.rowTotal.newReceived' });
  });

  it('focuses the item in the issues list on a key, keeps focus on a button', async () => {
    useGouji.setState({ doc: brokenDoc(), selection: null });
    t.render(<><IssueNav /><IssuesList /></>);
    key('j');
    await frame();
    expect(document.activeElement?.getAttribute('data-issue')).toBe('c:applications.rowTotal.newReceived');
    const next = [...t.host.querySelectorAll('button')].find((b) => b.textContent?.includes('下一个问题'))!;
    next.focus();
    act(() => next.click());
    await frame();
    expect(document.activeElement).toBe(next);
    expect(t.host.querySelector('[aria-current="true"]')?.getAttribute('data-issue')).toBe('c:applications.balance.total');
  });

  it('ignores j/k while typing', () => {
    useGouji.setState({ doc: brokenDoc(), selection: null });
    t.render(<IssueNav />);
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    act(() => { input.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true })); });
    expect(useGouji.getState().selection).toBeNull();
    input.remove();
  });
});
