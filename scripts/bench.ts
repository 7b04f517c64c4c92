// npm run bench: throughput of the structure pass and of the garble detector on realistic input,
// then how time grows on adversarial inputs when their size doubles (`npm run bench -- scaling`
// runs only that part).
import { benchStructure } from './bench/structure';
import { benchGarbles } from './bench/garbles';
import { benchScaling } from './bench/scaling';

const only = process.argv[2];
if (only !== 'scaling') {
  await benchStructure();
  await benchGarbles();
}
const flagged = await benchScaling();
if (flagged) console.log(`${flagged} input(s) grew faster than ×3 per doubling: look at them (or rerun: the machine may be busy)`);
