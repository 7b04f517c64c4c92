// Real reports nobody tuned on (holdout/real/SOURCES.md): agency, year, tables found and the
// sum checks that fail, listed by id so the lead can judge (real reports sometimes really fail).
export async function runReal(): Promise<void> {
  console.log('\nreal reports: none collected yet');
}
