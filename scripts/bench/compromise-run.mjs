// compromise's recogniser alone (people, places, organizations) over a JSONL corpus, as a whole
// process: the reference the cold build is compared with. Prints the number of names found.
import { readFileSync } from "node:fs";
import nlp from "compromise";

let found = 0;
for (const line of readFileSync(process.argv[2], "utf8").split("\n")) {
  if (!line.trim()) continue;
  const doc = nlp(JSON.parse(line).text);
  found += doc.people().length + doc.places().length + doc.organizations().length;
}
console.log(found);
