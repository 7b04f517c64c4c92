// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { act } from 'react';
import { SourceView } from './source-view';
import { useGouji } from '../store/store';
import { brokenDoc } from '../report-labels/test-doc';
import { rootPerTest } from '../shared/test-root';
import type { Mark } from './lines';

// jsdom has no layout: give the scroll pane a size, so the virtual list renders its lines
for (const [prop, px] of [['clientHeight', 800], ['clientWidth', 600], ['offsetHeight', 800], ['offsetWidth', 600]] as const) {
  Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => px });
}

const t = rootPerTest();
const marks = (cls: string) => [...t.host.querySelectorAll<HTMLElement>(`mark.${cls}`)];
const search = () => t.host.querySelector<HTMLInputElement>('input[type="search"]')!;

function type(value: string) {
  const input = search();
  // React listens for the native input event; set the value through the prototype's setter
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  act(() => input.dispatchEvent(new Event('input', { bubbles: true })));
}
const key = (k: string, shiftKey = false) => act(() => search().dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true })));

describe('SourceView', () => {
  it('draws the highlights it is given, and none on the cleaned text', () => {
    const doc = brokenDoc();
    const hl: Mark[] = [{ span: [0, 2], className: 'hl-check', title: '行合计' }];
    useGouji.setState({ doc, selection: null, sourceView: { cleaned: false, simplified: false } });
    t.render(<SourceView highlights={hl} />);
    expect(marks('hl-check').map((m) => [m.textContent, m.title])).toEqual([[doc.text.slice(0, 2), '行合计']]);
    act(() => useGouji.setState({ sourceView: { cleaned: true, simplified: false } }));
    expect(marks('hl-check')).toHaveLength(0);
  });

  it('draws the store selection', () => {
    const doc = brokenDoc();
    useGouji.setState({ doc, selection: { kind: 'span', span: [3, 6] }, sourceView: { cleaned: false, simplified: false } });
    t.render(<SourceView />);
    expect(marks('hl-selection').map((m) => m.textContent).join('')).toBe(doc.text.slice(3, 6));
    expect(t.host.querySelector('[data-testid="selection-info"]')).not.toBeNull();
  });

  it('counts matches, steps with Enter and Shift+Enter, and starts again at the first for a new query', () => {
    const doc = brokenDoc();
    useGouji.setState({ doc, selection: null, sourceView: { cleaned: false, simplified: false } });
    t.render(<SourceView />);
    const count = () => t.host.querySelector('.search-count')!.textContent;
    const n = doc.text.split('申请').length - 1;
    expect(n).toBeGreaterThan(2);
    type('申请');
    expect(count()).toContain(`1/${n}`);
    const first = doc.text.indexOf('申请');
    expect(marks('hl-search-current').map((m) => Number(m.dataset.off))).toEqual([first]);
    key('Enter');
    expect(count()).toContain(`2/${n}`);
    key('Enter', true);
    key('Enter', true);
    expect(count()).toContain(`${n}/${n}`);
    type('申请数');
    expect(count()).toMatch(/^1\//);
    key('Escape');
    expect(search().value).toBe('');
    expect(count()).toBe('');
  });
});
