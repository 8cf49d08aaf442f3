import { extract, mentionKeys, tripleKeys } from "../tests/extract/helpers.js";
for (const t of ["Syrian President Bashar al-Assad spoke.", "Mr Putin made a similar withdrawal announcement last year, but operations continued. Putin ordered the withdrawal of troops on Monday.", "Russia and Iran, which support Assad, brokered the deal."]) {
  const x = extract(t);
  console.log(mentionKeys(x), tripleKeys(x), x.events.map(e=>[e.type,e.date,e.agent]), x.sentences.map(s=>s.text));
}
