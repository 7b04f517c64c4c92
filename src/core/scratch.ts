// Reusable scratch buffers without shared state: a call takes a scratch object from the pool and
// gives it back when it returns, so no two calls ever hold the same one (two inspections may
// interleave, a call may even re-enter) and a steady state allocates nothing. Typed arrays of
// more than 64 bytes live outside V8's heap: making them per call cost more than the searches.

export class ScratchPool<T> {
  private readonly free: T[] = [];
  constructor(private readonly make: () => T) {}

  /** a scratch object no one else holds until it is given back */
  take(): T {
    return this.free.pop() ?? this.make();
  }

  give(scratch: T): void {
    if (this.free.length < 4) this.free.push(scratch);
  }
}
