// PLACEHOLDER (owned by the checks/bench work)
export async function benchStructure(): Promise<void> {}
