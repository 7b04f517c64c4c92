// Typed {name} placeholders: the names a message string holds, worked out by the compiler, so
// a call that leaves one out does not type-check.

/** The placeholder names in S: Placeholders<'{a} of {b}'> = 'a' | 'b'. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The values a message needs: none, or exactly its placeholders. */
export type VarsFor<S extends string> = [Placeholders<S>] extends [never] ? [] : [vars: Record<Placeholders<S>, string | number>];

export function fill(s: string, vars?: Record<string, string | number>): string {
  return vars ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : s;
}
