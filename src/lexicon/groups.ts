/**
 * Lexicon: well-known organizations and armed groups with their aliases
 * =====================================================================
 *
 * The names a news reader is expected to know: international bodies, news
 * agencies, government metonyms and armed groups, each with the aliases and
 * acronyms outlets use for it. The first name is the canonical label.
 * Acronyms that are also English words (IS) only count when written in capitals.
 */
import type { EntityKind } from "../schema/index.js";

export interface KnownGroup {
  kind: Extract<EntityKind, "force" | "organization">;
  names: readonly string[];
  /** Country (canonical name) the group belongs to, if any. */
  country?: string;
}

export const KNOWN_GROUPS: readonly KnownGroup[] = [
  // armed groups
  { kind: "force", names: ["Islamic State", "IS", "ISIS", "ISIL", "Isil", "Isis", "Daesh", "Daish", "Islamic State group", "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria", "Islamic State in Iraq and Syria"] },
  { kind: "force", names: ["al-Qaeda", "al-Qaida", "al Qaeda", "Al Qaeda", "Al-Qaeda", "al Qaida", "Al-Qaida"] },
  { kind: "force", names: ["al-Nusra Front", "Nusra Front", "al-Nusra", "Jabhat al-Nusra", "Jabhat Fateh al-Sham"] },
  { kind: "force", names: ["Hayat Tahrir al-Sham", "HTS", "Tahrir al-Sham"] },
  { kind: "force", names: ["Taliban", "the Taliban"] },
  { kind: "force", names: ["Hezbollah", "Hizbollah", "Hizballah", "Hizbullah"] },
  { kind: "force", names: ["Hamas"] },
  { kind: "force", names: ["Islamic Jihad", "Palestinian Islamic Jihad"] },
  { kind: "force", names: ["al-Shabab", "al-Shabaab", "Al-Shabab", "Al Shabaab"] },
  { kind: "force", names: ["Boko Haram"] },
  { kind: "force", names: ["Houthis", "Houthi", "Ansar Allah"] },
  { kind: "force", names: ["Kurdistan Workers' Party", "PKK"] },
  { kind: "force", names: ["People's Protection Units", "YPG"] },
  { kind: "force", names: ["Syrian Democratic Forces", "SDF"] },
  { kind: "force", names: ["Free Syrian Army", "FSA"] },
  { kind: "force", names: ["Wagner Group", "Wagner"] },
  { kind: "force", names: ["Irish Republican Army", "IRA"] },
  { kind: "force", names: ["ETA"] },
  { kind: "force", names: ["FARC", "Revolutionary Armed Forces of Colombia"] },
  { kind: "force", names: ["Islamic Revolutionary Guard Corps", "Revolutionary Guards", "IRGC"], country: "Iran" },
  { kind: "force", names: ["Peshmerga"] },
  { kind: "force", names: ["Lord's Resistance Army", "LRA"] },
  { kind: "force", names: ["Tamil Tigers", "LTTE"] },
  // international bodies
  { kind: "organization", names: ["United Nations", "UN", "U.N."] },
  { kind: "organization", names: ["UN Security Council", "Security Council", "United Nations Security Council"] },
  { kind: "organization", names: ["Unicef", "UNICEF", "United Nations Children's Fund"] },
  { kind: "organization", names: ["UNHCR", "UN refugee agency"] },
  { kind: "organization", names: ["World Health Organization", "WHO"] },
  { kind: "organization", names: ["NATO", "Nato", "North Atlantic Treaty Organization"] },
  { kind: "organization", names: ["European Union", "EU"] },
  { kind: "organization", names: ["European Commission"] },
  { kind: "organization", names: ["International Monetary Fund", "IMF"] },
  { kind: "organization", names: ["World Bank"] },
  { kind: "organization", names: ["World Trade Organization", "WTO"] },
  { kind: "organization", names: ["OPEC", "Opec"] },
  { kind: "organization", names: ["Arab League"] },
  { kind: "organization", names: ["African Union", "AU"] },
  { kind: "organization", names: ["International Committee of the Red Cross", "ICRC", "Red Cross"] },
  { kind: "organization", names: ["Amnesty International", "Amnesty"] },
  { kind: "organization", names: ["Human Rights Watch"] },
  { kind: "organization", names: ["Medecins Sans Frontieres", "Doctors Without Borders", "MSF"] },
  { kind: "organization", names: ["International Criminal Court", "ICC"] },
  { kind: "organization", names: ["OSCE", "Organization for Security and Co-operation in Europe"] },
  // political parties that news names without their country
  { kind: "organization", names: ["Labour Party", "Labour", "the Labour Party"], country: "United Kingdom" },
  { kind: "organization", names: ["Conservative Party", "Conservatives", "Conservative", "Tories", "Tory", "Tory Party", "the Conservative Party"], country: "United Kingdom" },
  { kind: "organization", names: ["Liberal Democrats", "Lib Dems", "Lib Dem", "Liberal Democrat Party", "Liberal Democrat"], country: "United Kingdom" },
  { kind: "organization", names: ["Scottish National Party", "SNP"], country: "United Kingdom" },
  { kind: "organization", names: ["Plaid Cymru"], country: "United Kingdom" },
  { kind: "organization", names: ["UK Independence Party", "UKIP", "Ukip"], country: "United Kingdom" },
  { kind: "organization", names: ["Democratic Party", "Democrats", "Democrat"], country: "United States" },
  { kind: "organization", names: ["Republican Party", "Republicans", "Republican", "GOP"], country: "United States" },
  { kind: "organization", names: ["Communist Party"] },
  { kind: "organization", names: ["United Russia"], country: "Russia" },
  { kind: "organization", names: ["Baath Party", "Ba'ath Party", "Baath"] },
  { kind: "organization", names: ["Christian Democratic Union", "CDU"], country: "Germany" },
  { kind: "organization", names: ["Social Democratic Party", "SPD"], country: "Germany" },
  { kind: "organization", names: ["African National Congress", "ANC"], country: "South Africa" },
  { kind: "organization", names: ["Likud"], country: "Israel" },
  { kind: "organization", names: ["Fatah"] },
  { kind: "organization", names: ["Sinn Fein", "Sinn Féin"] },
  { kind: "organization", names: ["Bharatiya Janata Party", "BJP"], country: "India" },
  { kind: "organization", names: ["Indian National Congress", "Congress Party"], country: "India" },
  // governments by metonym
  { kind: "organization", names: ["Kremlin", "the Kremlin"], country: "Russia" },
  { kind: "organization", names: ["White House", "the White House"], country: "United States" },
  { kind: "organization", names: ["Pentagon", "the Pentagon"], country: "United States" },
  { kind: "organization", names: ["State Department", "US State Department"], country: "United States" },
  { kind: "organization", names: ["Downing Street"], country: "United Kingdom" },
  { kind: "organization", names: ["Elysee", "Élysée"], country: "France" },
  { kind: "organization", names: ["CIA", "Central Intelligence Agency"], country: "United States" },
  { kind: "organization", names: ["Federal Reserve", "Fed", "the Fed", "Federal Reserve Board"], country: "United States" },
  { kind: "organization", names: ["US Treasury", "U.S. Treasury", "Treasury Department"], country: "United States" },
  { kind: "organization", names: ["Commerce Department", "US Commerce Department"], country: "United States" },
  { kind: "organization", names: ["Bundesbank"], country: "Germany" },
  { kind: "organization", names: ["European Central Bank", "ECB"] },
  { kind: "organization", names: ["Bank of Japan", "BOJ"], country: "Japan" },
  { kind: "organization", names: ["FBI", "Federal Bureau of Investigation"], country: "United States" },
  { kind: "organization", names: ["US Congress", "U.S. Congress"], country: "United States" },
  // news agencies and broadcasters
  { kind: "organization", names: ["Reuters"] },
  { kind: "organization", names: ["Associated Press", "AP", "The Associated Press"] },
  { kind: "organization", names: ["Agence France-Presse", "AFP"] },
  { kind: "organization", names: ["BBC", "BBC News"] },
  { kind: "organization", names: ["CNN"] },
  { kind: "organization", names: ["Al Jazeera", "Al-Jazeera"] },
  { kind: "organization", names: ["RIA Novosti", "RIA"], country: "Russia" },
  { kind: "organization", names: ["Tass", "TASS"], country: "Russia" },
  { kind: "organization", names: ["Interfax"], country: "Russia" },
  { kind: "organization", names: ["Sputnik"], country: "Russia" },
  { kind: "organization", names: ["Xinhua"], country: "China" },
];

/** Acronyms that are common words in lower case: matched only in capitals. */
export const CASE_SENSITIVE_ALIASES = new Set(["IS", "AU", "WHO", "AP", "ETA", "ICC", "LRA", "RIA", "HTS", "SDF", "MSF"]);
