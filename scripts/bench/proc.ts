// One process measured the way a shared, virtualised machine needs: wall time, and from /proc
// (Linux) the CPU time of each of its threads, polled every 50 ms until it exits, and the
// machine's own split over the run (user, system, idle, steal: the time the hypervisor gave our
// virtual CPUs to someone else). Wall-clock ratios mean little when steal is high; CPU seconds
// per thread say where the work went (the main thread's share, the worker threads', V8's GC
// helper threads'). Elsewhere than Linux only wall time is known.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface ThreadCpu {
  /** thread id minus the process id: the order threads were made */
  tid: number;
  seconds: number;
  /** the thread's name (/proc/…/comm): 'V8 DefaultWorke' (V8's platform: GC, compiling), 'libuv-worker', a worker thread's 'node' … */
  name: string;
}

export interface ProcRun {
  status: number | null;
  wall: number;
  /** all threads' CPU seconds (null off Linux) */
  cpu: number | null;
  /** the main (JavaScript) thread's CPU seconds */
  main: number | null;
  /** every other thread, most CPU first */
  threads: ThreadCpu[];
  /** the machine over the run, in % of its CPU time */
  machine: { user: number; system: number; idle: number; steal: number } | null;
  load: [number, number];
  stderr: string;
}

const machineTicks = (): number[] | null => {
  try {
    return readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  } catch {
    return null;
  }
};

const TICK = 100; // USER_HZ on Linux

export function runMeasured(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<ProcRun> {
  return new Promise((resolve, reject) => {
    const s0 = machineTicks();
    const load0 = loadavg()[0];
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const seen = new Map<number, number>();
    const names = new Map<number, string>();
    const poll = () => {
      let tids: string[];
      try {
        tids = readdirSync(`/proc/${child.pid}/task`);
      } catch {
        return;
      }
      for (const tid of tids) {
        try {
          const s = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
          const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
          seen.set(Number(tid), (Number(f[11]) + Number(f[12])) / TICK);
          if (!names.has(Number(tid))) names.set(Number(tid), s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')));
        } catch {
          // the thread ended between the listing and the read: its last sample stands
        }
      }
    };
    const timer = setInterval(poll, 50);
    child.on('error', reject);
    child.on('exit', (status) => {
      clearInterval(timer);
      const wall = (performance.now() - t0) / 1000;
      const s1 = machineTicks();
      const pid = child.pid as number;
      const threads = [...seen].filter(([t]) => t !== pid).map(([t, v]) => ({ tid: t - pid, seconds: v, name: names.get(t) ?? '?' })).sort((a, b) => b.seconds - a.seconds);
      const linux = seen.size > 0;
      let machine: ProcRun['machine'] = null;
      if (s0 && s1) {
        const d = s1.map((v, i) => v - s0[i]);
        const all = d.reduce((a, b) => a + b, 0) || 1;
        machine = { user: (100 * (d[0] + d[1])) / all, system: (100 * (d[2] + d[5] + d[6])) / all, idle: (100 * (d[3] + d[4])) / all, steal: (100 * (d[7] ?? 0)) / all };
      }
      resolve({
        status,
        wall,
        cpu: linux ? [...seen.values()].reduce((a, b) => a + b, 0) : null,
        main: linux ? (seen.get(pid) ?? 0) : null,
        threads,
        machine,
        load: [load0, loadavg()[0]],
        stderr,
      });
    });
  });
}

/** "wall 12.3 s, CPU 9.1 s (main 0.6, threads 4.2 4.1 0.8 …), load 3.1→4.0, steal 12%" */
export function describeRun(r: ProcRun): string {
  const cpu = r.cpu === null ? 'CPU per thread unknown (not Linux)' : `CPU ${r.cpu.toFixed(2)} s (main thread ${(r.main ?? 0).toFixed(2)}; others ${r.threads.filter((t) => t.seconds >= 0.05).map((t) => `${t.seconds.toFixed(2)} #${t.tid}${t.name.trim() === "node" ? "" : ` ${t.name.trim()}`}`).join(', ')})`;
  const m = r.machine ? `, machine busy ${(r.machine.user + r.machine.system).toFixed(0)}% steal ${r.machine.steal.toFixed(0)}%` : '';
  return `wall ${r.wall.toFixed(1)} s, ${cpu}, load ${r.load[0].toFixed(1)}→${r.load[1].toFixed(1)}${m}`;
}
