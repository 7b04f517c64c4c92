import { describe, expect, it } from 'vitest';
import { inspectBytes, inspectText, type InspectStage } from './inspect';

const text = '某某局2020年政府信息公开工作年度报告\n一、总体情况\n本机关主动公开信息12条。';
const source = { name: 't.txt', bytes: 0, encoding: 'utf-8' as const, kind: 'text' as const };

// these inspect a real text: a generous timeout for a loaded machine
describe('inspect pipeline stages and stop', { timeout: 60_000 }, () => {
  it('calls onStage as it enters each stage, in order (decode only for bytes)', async () => {
    const seen: InspectStage[] = [];
    await inspectBytes(new TextEncoder().encode(text), 't.txt', { onStage: (s) => void seen.push(s) });
    expect(seen).toEqual(['decode', 'structure', 'garbles', 'checks', 'finish']);
    seen.length = 0;
    await inspectText(text, source, { onStage: (s) => void seen.push(s) });
    expect(seen).toEqual(['structure', 'garbles', 'checks', 'finish']);
  });

  it('awaits onStage, so a main-thread caller can yield between stages', async () => {
    const order: string[] = [];
    await inspectText(text, source, {
      onStage: async (s) => {
        order.push(`enter ${s}`);
        await new Promise((r) => setTimeout(r, 0));
        order.push(`resume ${s}`);
      },
    });
    expect(order.slice(0, 3)).toEqual(['enter structure', 'resume structure', 'enter garbles']);
  });

  it('an aborted signal stops the pipeline at the next stage, with the signal reason', async () => {
    const ac = new AbortController();
    const seen: InspectStage[] = [];
    const run = inspectText(text, source, {
      signal: ac.signal,
      onStage: (s) => {
        seen.push(s);
        if (s === 'checks') ac.abort(new Error('stopped by test'));
      },
    });
    await expect(run).rejects.toThrow('stopped by test');
    expect(seen).toEqual(['structure', 'garbles', 'checks']);
  });
});
