#!/usr/bin/env node
// The `kg` command. The TypeScript sources are compiled to dist/ by `npm ci` (the prepare script) or `npm run build`.
import { main } from "../dist/cli/main.js";

await main();
