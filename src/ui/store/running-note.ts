// A page that dies mid-inspection leaves nothing behind to say so: when a worker exhausts its V8
// heap, Chromium ends the whole renderer process, page included (seen in Debian's Chromium 156;
// no event reaches any script). So the next page of the app says it: while a job runs, the page
// notes it in localStorage under a key of its own, and it holds a Web Lock of that name for its
// whole life. A note whose lock is free belongs to a page that went away without finishing the
// job or leaving normally (leaving, 'pagehide', removes the note): it died.

const PREFIX = 'gouji.running.';

export interface RunningNote {
  name: string;
  /** the input's size (bytes of a file, characters of a paste) */
  size: number;
}

interface Deps {
  storage: Storage | null;
  locks: LockManager | undefined;
}

function defaults(): Deps {
  let storage: Storage | null = null;
  try {
    storage = globalThis.localStorage ?? null;
  } catch {
    // storage disabled: nothing is noted
  }
  return { storage, locks: (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks };
}

/** This page's note key, set once its life lock is held (notes are written only then). */
let key: string | null = null;
let asked = false;
let seq = 0;

/** Take this page's life lock (once). */
export function holdPageLock(deps: Deps = defaults()): void {
  if (asked || !deps.locks || !deps.storage) return;
  asked = true;
  const name = `${PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  void deps.locks.request(name, () => {
    key = name;
    return new Promise<never>(() => {});
  });
  globalThis.addEventListener?.('pagehide', () => {
    if (key) deps.storage?.removeItem(key);
  });
}

/** Note that a job on `name` runs; the function returned removes the note if it is still this job's. */
export function noteRunning(note: RunningNote, deps: Deps = defaults()): () => void {
  const k = key;
  const s = deps.storage;
  if (!k || !s) return () => {};
  const job = ++seq;
  try {
    s.setItem(k, JSON.stringify({ ...note, job }));
  } catch {
    return () => {};
  }
  return () => {
    try {
      if ((JSON.parse(s.getItem(k) ?? 'null') as { job?: number } | null)?.job === job) s.removeItem(k);
    } catch {
      // nothing to clear
    }
  };
}

/** The notes of pages that died while running a job (each is read once, then removed). */
export async function diedWhileRunning(deps: Deps = defaults()): Promise<RunningNote[]> {
  const { storage: s, locks } = deps;
  if (!s || !locks) return [];
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(PREFIX) && k !== key) keys.push(k);
  }
  const dead: RunningNote[] = [];
  for (const k of keys) {
    // free: no page holds it any more; held: a live page (another tab) is running that job
    const free = await locks.request(k, { ifAvailable: true }, (lock) => lock !== null);
    if (!free) continue;
    const raw = s.getItem(k);
    s.removeItem(k);
    try {
      const n = JSON.parse(raw ?? 'null') as RunningNote | null;
      if (n && typeof n.name === 'string') dead.push({ name: n.name, size: Number(n.size) || 0 });
    } catch {
      // a note this version cannot read is dropped
    }
  }
  return dead;
}

/** For tests: forget this page's lock and notes. */
export function resetRunningNote(): void {
  key = null;
  asked = false;
}
