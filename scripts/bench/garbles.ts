// PLACEHOLDER (owned by the garbles work)
export async function benchGarbles(): Promise<void> {}
