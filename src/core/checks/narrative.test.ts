import { describe, expect, it } from 'vitest';
import { makeContext } from '../context';
import { findSections } from '../sections';
import { narrativeChecks } from './narrative';

const report = (five: string, six: string, order = ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) => {
  const bodies: Record<string, string> = { 五: five, 六: six };
  return order.map((h) => `${h}\n${bodies[h[0]] ?? '本部分的正文，写有若干内容。'}\n`).join('');
};

function run(text: string) {
  const ctx = makeContext(text);
  return narrativeChecks(ctx, findSections(ctx), { proactive: null, applications: null, reviewLitigation: null });
}
const status = (text: string, id: string) => run(text).find((c) => c.id === id)?.status;

describe('narrative checks', () => {
  it('section 五 empty or only 无', () => {
    expect(status(report('无。', '无'), 'narrative.problemsEmpty')).toBe('fail');
    expect(status(report('', '无'), 'narrative.problemsEmpty')).toBe('fail');
    expect(status(report('一是解读不够丰富；二是更新不够及时。', '无'), 'narrative.problemsEmpty')).toBe('pass');
    const c = run(report('无', '无')).find((x) => x.id === 'narrative.problemsEmpty')!;
    expect(c.severity).toBe('warning');
    expect(c.spans?.length).toBe(1);
  });

  it('sections out of order or printed twice', () => {
    const swapped = ['一、总体情况', '二、主动公开政府信息情况', '四、政府信息公开行政复议、行政诉讼情况', '三、收到和处理政府信息公开申请情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    expect(status(report('问题若干。', '无', swapped), 'narrative.sectionOrder')).toBe('fail');
    expect(status(report('问题若干。', '无'), 'narrative.sectionOrder')).toBe('pass');
  });

  it('no 信息处理费 charged, yet an amount charged elsewhere', () => {
    const text = report('问题若干。', '本年度未收取信息处理费。') + '另：本年度共收取信息处理费 120 元。\n';
    const c = run(text).find((x) => x.id === 'narrative.fees')!;
    expect(c).toMatchObject({ status: 'fail', actual: 120 });
    expect(c.spans).toHaveLength(2);
    expect(status(report('问题若干。', '本年度未收取信息处理费。'), 'narrative.fees')).toBe('pass');
    expect(status(report('问题若干。', '全年收取政府信息公开信息处理费 3940 元。'), 'narrative.fees')).toBe('pass');
  });
});
