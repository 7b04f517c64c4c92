// For component tests in jsdom: a React root mounted before each test and unmounted after it,
// with the store's document and selection cleared, so tests do not leak into one another.
import { afterEach, beforeEach } from 'vitest';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useGouji } from '../store/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no layout; the panes scroll the selection into view
Element.prototype.scrollIntoView ??= function () {};

export interface TestRoot {
  /** the element the root renders into (valid inside a test) */
  readonly host: HTMLDivElement;
  render(node: ReactNode): void;
}

export function rootPerTest(): TestRoot {
  let host: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
    useGouji.setState({ doc: null, selection: null });
  });
  return {
    get host() {
      return host;
    },
    render: (node) => act(() => root.render(node)),
  };
}
