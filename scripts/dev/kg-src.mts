// `kg` straight from the TypeScript sources (for profiling without a build): node --import tsx scripts/dev/kg-src.mts ARGS
import { main } from "../../src/cli/main.js";
await main();
