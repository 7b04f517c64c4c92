// The page's main-thread tasks from a Chromium trace: each top-level task with its wall time
// and its CPU time on the thread (`tdur`), and what ran inside the long ones (script by
// function, style, layout, paint, GC, message and timer handlers). On a shared machine a task's
// wall time includes the time the thread waited for a core; its CPU time does not, so both are
// given. The names come from the trace, not from guesses.
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: Record<string, unknown>; beginData?: { dirtyObjects?: number; totalObjects?: number; partialLayout?: boolean } };
}

export interface TaskFigures {
  tasks: number;
  longestWall: number;
  longestCpu: number;
  over50Wall: number;
  over50Cpu: number;
  /** the longest tasks (by CPU time), each with what ran inside */
  worst: string[];
}

export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'];

/** Trace the browser while `during` runs; the page's main-thread tasks then. */
export async function tracedTasks<T>(browser: Browser, page: Page, on: boolean, during: () => Promise<T>): Promise<{ value: T; tasks: TaskFigures | null }> {
  if (!on) return { value: await during(), tasks: null };
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const value = await during();
  const buf = await browser.stopTracing();
  const trace = JSON.parse(buf.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return { value, tasks: mainThreadTasks(Array.isArray(trace) ? trace : trace.traceEvents) };
}

/** a script's file name, without its folder and query */
const src = (u: unknown) => (typeof u === 'string' ? u.split('/').pop()?.split('?')[0] ?? '' : '');

/** What a child event is called in the summary. */
function label(e: TraceEvent): string {
  const d = e.args?.data ?? {};
  switch (e.name) {
    case 'FunctionCall':
      return `script ${String(d.functionName || '(anonymous)')}@${src(d.url)}:${String(d.lineNumber ?? '')}`;
    case 'EventDispatch':
      return `event ${String(d.type ?? '')}`;
    case 'TimerFire':
      return 'timer';
    case 'FireAnimationFrame':
      return 'animation frame';
    case 'v8.compile':
    case 'v8.compileModule':
    case 'V8.CompileCode':
      return 'compile';
    case 'EvaluateScript':
    case 'v8.evaluateModule':
      return `evaluate ${src(d.url)}`;
    case 'MinorGC':
    case 'MajorGC':
    case 'V8.GC_SCAVENGER':
    case 'BlinkGC.AtomicPhase':
      return 'GC';
    default:
      return e.name;
  }
}

// the events worth naming inside a task (the rest is counted under the task itself)
const NAMED = new Set([
  'FunctionCall', 'EventDispatch', 'TimerFire', 'FireAnimationFrame', 'EvaluateScript', 'v8.evaluateModule', 'v8.compile', 'v8.compileModule',
  'MinorGC', 'MajorGC', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'Commit', 'ParseHTML', 'ParseAuthorStyleSheet',
  'HitTest', 'ScrollLayer', 'V8.GC_SCAVENGER', 'BlinkGC.AtomicPhase', 'v8.run', 'RunMicrotasks', 'v8.callFunction', 'MessagePort::Accept',
  'IntersectionObserverController::computeIntersections', 'Document::updateStyleAndLayout', 'LocalFrameView::RunPostLifecycleSteps',
]);

export function mainThreadTasks(events: TraceEvent[]): TaskFigures {
  // the renderer main threads; the page's is the one with the most top-level work
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const isTask = (e: TraceEvent) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur !== undefined;
  const busy = new Map<string, number>();
  for (const e of events) if (isTask(e) && mains.has(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur!);
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // top-level tasks: RunTask events not inside another
  const tasks: TraceEvent[] = [];
  let end = -1;
  for (const e of onMain) {
    if (!isTask(e) || e.ts < end) continue;
    tasks.push(e);
    end = e.ts + e.dur!;
  }
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur!) / 1000;
  const wall = (e: TraceEvent) => e.dur! / 1000;
  const worstTasks = [...tasks].sort((a, b) => cpu(b) - cpu(a)).slice(0, 4);
  const longestWall = [...tasks].sort((a, b) => wall(b) - wall(a))[0];
  if (longestWall && !worstTasks.includes(longestWall)) worstTasks.push(longestWall);
  const worst = worstTasks.map((t) => {
    const inside = onMain.filter((e) => e !== t && NAMED.has(e.name) && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!);
    // self time per label: an event's time minus its named direct children's (events nest)
    const childCpu = new Map<TraceEvent, number>();
    const stack: TraceEvent[] = [];
    let covered = 0;
    for (const e of inside) {
      while (stack.length && stack[stack.length - 1]!.ts + stack[stack.length - 1]!.dur! <= e.ts) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) childCpu.set(parent, (childCpu.get(parent) ?? 0) + cpu(e));
      else covered += cpu(e);
      stack.push(e);
    }
    const self = new Map<string, number>();
    for (const e of inside) self.set(label(e), (self.get(label(e)) ?? 0) + Math.max(0, cpu(e) - (childCpu.get(e) ?? 0)));
    // what no named event covers: the task's own work (message deserialisation, scheduling…)
    self.set('(the task itself)', Math.max(0, cpu(t) - covered));
    const parts = [...self].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 2).slice(0, 6).map(([k, ms]) => `${k} ${ms.toFixed(0)}`);
    // how much of the page each layout had to do: dirty / total layout objects (a whole-page
    // relayout has them equal)
    const layouts = inside.filter((e) => e.name === 'Layout' && e.args?.beginData).map((e) => `${e.args!.beginData!.dirtyObjects ?? '?'}/${e.args!.beginData!.totalObjects ?? '?'}${e.args!.beginData!.partialLayout ? ' partial' : ''}`);
    const lay = layouts.length ? ` [layout objects dirty/total: ${layouts.slice(0, 4).join(', ')}]` : '';
    // where the task was posted from (Chromium's own source location), to tell the page's work from the harness's
    const a = (t.args ?? {}) as { src_func?: string; src_file?: string };
    const from = a.src_func ? ` [posted from ${a.src_func}${a.src_file ? ` ${a.src_file.split('/').pop()}` : ''}]` : '';
    return `${cpu(t).toFixed(0)} ms CPU (${wall(t).toFixed(0)} ms wall): ${parts.join('; ') || '(nothing named over 2 ms)'}${lay}${from}`;
  });
  return {
    tasks: tasks.length,
    longestWall: Math.round(Math.max(0, ...tasks.map(wall))),
    longestCpu: Math.round(Math.max(0, ...tasks.map(cpu))),
    over50Wall: tasks.filter((t) => wall(t) > 50).length,
    over50Cpu: tasks.filter((t) => cpu(t) > 50).length,
    worst,
  };
}
