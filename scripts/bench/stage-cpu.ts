// CPU time per stage of the structure pass (process.cpuUsage around each stage), summed over
// `passes` warm passes of the bench mix: steadier than wall time on a shared machine.
//   npx tsx scripts/bench/stage-cpu.ts [passes]
import { loadavg } from 'node:os';
import { corpus, STAGES, structureStages, type Stage } from './structure';

const zero = () => Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;

export async function stageCpu(passes: number): Promise<void> {
  const inputs = corpus(1_200_000);
  const mb = inputs.reduce((a, i) => a + i.bytes.length, 0) / 1e6;
  const run = async (acc: Record<Stage, number>) => {
    for (const input of inputs) {
      let c = process.cpuUsage();
      const lap = (s: Stage) => {
        const d = process.cpuUsage(c);
        acc[s] += (d.user + d.system) / 1000;
        c = process.cpuUsage();
      };
      await structureStages(input, lap);
    }
  };
  await run(zero()); // cold, not counted
  for (let i = 0; i < 3; i++) await run(zero());
  const acc = zero();
  for (let i = 0; i < passes; i++) await run(acc);
  const total = STAGES.reduce((a, s) => a + acc[s], 0) / passes;
  console.log(`CPU ms per warm pass (${passes} passes, ${mb.toFixed(2)} MB, load ${loadavg()[0].toFixed(1)}): ` + STAGES.map((s) => `${s} ${(acc[s] / passes).toFixed(1)}`).join(', ') + `; total ${total.toFixed(1)} = ${(mb / (total / 1000)).toFixed(1)} MB/s`);
}

if (/stage-cpu\.ts$|prof-stage/.test(process.argv[1] ?? '')) await stageCpu(Number(process.argv[2] ?? 10));
