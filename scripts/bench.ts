// npm run bench: throughput of the structure pass and of the garble detector on realistic input.
import { benchStructure } from './bench/structure';
import { benchGarbles } from './bench/garbles';

await benchStructure();
await benchGarbles();
