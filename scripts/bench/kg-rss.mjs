// `kg ARGS` as the CLI runs it (dist/), then this process's peak resident memory on stderr as
// "peak-rss-kb N" (worker threads included: they share the process). For npm run bench only.
import { main } from "../../dist/cli/main.js";

await main(["node", "kg", ...process.argv.slice(2)]);
process.on("exit", () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
