import fs from "node:fs";
const g = JSON.parse(fs.readFileSync(process.argv[2] ?? "graph/graph.json", "utf8"));
for (const n of g.nodes) console.log(`${n.attributes.origin.padEnd(9)} ${n.key.padEnd(50)} ${n.attributes.date ?? ""} [${n.attributes.aliases.join("; ")}] m=${n.attributes.mentions}`);
if (process.argv[3]) for (const e of g.edges) console.log(`  ${e.attributes.origin.padEnd(9)} ${e.key}  ev=${e.attributes.evidence.length}`);
