/**
 * news-kg: the curated layer for the seed corpus
 * ==============================================
 *
 * Hand-checked entities and triples for the story of Putin ordering Russian
 * forces out of Syria (December 2017) and the earlier announcement (March 2016).
 * Every line states something the articles say; `note` quotes or paraphrases
 * the supporting sentence. The builder reads this file with ts-morph rather than
 * importing it, so keep one entity or triple per line: its line number is the
 * provenance shown on the graph's edges (`corpus/curated.ts:LINE`).
 *
 * `tsc` checks this file too: a triple naming an undeclared id, an unknown kind
 * or a misspelled predicate fails `npm run typecheck`. Values must be literals.
 */
import { defineCurated } from "../src/schema/curated.js";

export default defineCurated({
  entities: [
    // People
    { id: "putin", kind: "person", label: "Vladimir Putin", aliases: ["Putin", "Mr Putin", "President Vladimir Putin", "Russian President Vladimir Putin", "President Putin"] },
    { id: "assad", kind: "person", label: "Bashar al-Assad", aliases: ["Assad", "al-Assad", "Mr Assad", "Mr al-Assad", "President Assad", "President Bashar al-Assad", "Syrian President Bashar al-Assad"] },
    { id: "shoigu", kind: "person", label: "Sergei Shoigu", aliases: ["Shoigu", "Mr Shoigu", "Defence Minister Sergei Shoigu"], note: "Russian Defence Minister (000)." },
    { id: "surovikin", kind: "person", label: "Sergei Surovikin", aliases: ["Surovikin", "Gen. Sergei Surovikin"], note: "\"the Russian military commander in Syria\" (001)." },
    { id: "rosenberg", kind: "person", label: "Steve Rosenberg", aliases: ["Rosenberg"], note: "\"BBC Moscow correspondent\", author of the sidebar in 000." },
    { id: "pahon", kind: "person", label: "Eric Pahon", aliases: ["Pahon"], note: "\"pentagon spokesman eric pahon\" (004)." },
    { id: "aridi", kind: "person", label: "Yahya Aridi", aliases: ["Aridi"], note: "\"spokesman for the syrian opposition in geneva\" (004)." },
    { id: "horowitz", kind: "person", label: "Michael Horowitz", aliases: ["Horowitz"], note: "\"a security analyst with the Levantine Group\" (002)." },
    { id: "de-mistura", kind: "person", label: "Staffan de Mistura", aliases: ["de Mistura"], note: "\"UN Special Envoy of the Secretary-General for Syria\" (002)." },
    { id: "al-jaafari", kind: "person", label: "Bashar al-Jaafari", aliases: ["al-Jaafari", "Jaafari"], note: "\"Syrian chief negotiator\", Syria's ambassador to the UN (002); not Bashar al-Assad." },

    // Places
    { id: "syria", kind: "place", label: "Syria", aliases: ["Syrian Arab Republic"] },
    { id: "russia", kind: "place", label: "Russia" },
    { id: "hmeimim", kind: "place", label: "Hmeimim", aliases: ["Hmeymim", "Khmeimim", "Hmeimim airbase", "Hmeymim airbase", "Hmeimim air base", "Hmeymim air base"], note: "Russian airbase in Latakia province, Syria." },
    { id: "latakia", kind: "place", label: "Latakia", aliases: ["Latakia province"] },
    { id: "tartus", kind: "place", label: "Tartus", aliases: ["Tartous", "Tartou"], note: "Syrian port with a Russian naval facility." },
    { id: "damascus", kind: "place", label: "Damascus" },
    { id: "moscow", kind: "place", label: "Moscow" },
    { id: "kremlin", kind: "organization", label: "Kremlin", note: "The seat of the Russian presidency; the articles also use it for the Russian leadership (\"a Kremlin spokesman\")." },
    { id: "aleppo", kind: "place", label: "Aleppo" },
    { id: "homs", kind: "place", label: "Homs" },
    { id: "waer", kind: "place", label: "Waer", aliases: ["Waer district"] },
    { id: "geneva", kind: "place", label: "Geneva" },
    { id: "euphrates-valley", kind: "place", label: "Euphrates river valley", aliases: ["Euphrates valley", "Euphrates"] },
    { id: "iran", kind: "place", label: "Iran" },
    { id: "turkey", kind: "place", label: "Turkey" },
    { id: "egypt", kind: "place", label: "Egypt", note: "Putin's next stop after Syria on 2017-12-11 (003, 004)." },
    { id: "iraq", kind: "place", label: "Iraq" },
    { id: "crimea", kind: "place", label: "Crimea" },
    { id: "united-states", kind: "place", label: "United States", aliases: ["US", "U.S."] },
    { id: "united-kingdom", kind: "place", label: "United Kingdom", aliases: ["UK", "Britain"] },

    // Armed forces and armed groups
    { id: "russian-armed-forces", kind: "force", label: "Russian armed forces", aliases: ["Russian forces", "Russian troops", "Russian military", "Russian force", "Russian contingent", "Russian military contingent", "Russian troop contingent"] },
    { id: "syrian-army", kind: "force", label: "Syrian army", aliases: ["Syrian armed forces", "Syria's army", "Syrian forces", "government forces", "Assad's forces"] },
    { id: "islamic-state", kind: "force", label: "Islamic State", aliases: ["IS", "ISIS", "ISIL", "Isil", "Daesh", "Islamic State group", "so-called Islamic State"] },
    { id: "al-nusra-front", kind: "force", label: "al-Nusra Front", aliases: ["Nusra Front", "al-Nusra"] },
    { id: "al-qaeda", kind: "force", label: "al-Qaeda", aliases: ["al Qaeda"] },
    { id: "syrian-rebels", kind: "force", label: "Syrian rebels", aliases: ["rebels", "rebel fighters", "mainstream rebels", "mainstream rebel fighters", "insurgents"] },
    { id: "shiite-militias", kind: "force", label: "Iran-backed Shi'ite militias", aliases: ["Shi'ite militias", "Shia militias"] },

    // Organizations
    { id: "syrian-opposition", kind: "organization", label: "Syrian opposition", aliases: ["the opposition", "rebel opposition"] },
    { id: "united-nations", kind: "organization", label: "United Nations", aliases: ["UN", "U.N."] },
    { id: "unicef", kind: "organization", label: "Unicef", aliases: ["UNICEF", "United Nations children's fund"] },
    { id: "sohr", kind: "organization", label: "Syrian Observatory for Human Rights", aliases: ["SOHR"] },
    { id: "pentagon", kind: "organization", label: "Pentagon" },
    { id: "russian-defence-ministry", kind: "organization", label: "Russian Defence Ministry", aliases: ["Defence Ministry", "defence ministry", "defense ministry"] },
    { id: "ria-novosti", kind: "organization", label: "RIA Novosti", note: "\"the Russian RIA Novosti news agency\" (000)." },
    { id: "levantine-group", kind: "organization", label: "Levantine Group" },
    { id: "bbc", kind: "organization", label: "BBC", aliases: ["BBC News"] },

    // Events
    { id: "putin-visit-2017", kind: "event", label: "Putin's visit to Hmeimim airbase", date: "2017-12-11", note: "Unannounced visit, Putin's first trip to Syria (000, 001, 003, 004)." },
    { id: "withdrawal-order-2017", kind: "event", label: "Partial withdrawal of Russian forces from Syria (2017)", date: "2017-12-11", note: "Ordered and announced by Putin at Hmeimim on Monday 11 December 2017." },
    { id: "withdrawal-order-2016", kind: "event", label: "Withdrawal of the main part of Russian forces from Syria (2016)", date: "2016-03-14", note: "Announced by Putin in the Kremlin on Monday 14 March 2016 (002); the \"similar withdrawal announcement last year\" of 000." },
    { id: "air-campaign-2015", kind: "event", label: "Russian air campaign in Syria", date: "2015-09-30", note: "\"Russia launched its air campaign in Syria on 30 September 2015\" (003)." },
    { id: "crimea-annexation-2014", kind: "event", label: "Russian annexation of Crimea", date: "2014" },
    { id: "syrian-civil-war", kind: "event", label: "Syrian civil war", aliases: ["Syrian uprising", "civil war", "uprising"], date: "2011", note: "Began with protests against the Assad regime in 2011 (000, 001, 002)." },
    { id: "geneva-talks-2016", kind: "event", label: "Geneva peace talks (March 2016)", aliases: ["Geneva peace talks", "UN-brokered peace talks"], date: "2016-03-14", note: "Resumed in Geneva on the day of the 2016 announcement (002)." },
    { id: "ceasefire-2016", kind: "event", label: "Syrian truce of February 2016", aliases: ["truce", "ceasefire"], date: "2016-02-26", note: "\"the truce began on February 26\" (002)." },
    { id: "aleppo-fall-2016", kind: "event", label: "Fall of rebel-held eastern Aleppo", date: "2016-12", note: "\"before it fell in December 2016\" (000)." },
  ],
  triples: [
    // Where things are
    { s: "hmeimim", p: "located_in", o: "latakia", note: "\"the Hmeimim air base in Syria's coastal province of Latakia\" (003); \"airbase near Latakia\" (000)" },
    { s: "hmeimim", p: "located_in", o: "syria", note: "\"the Russian Hmeimim airbase in Syria\" (000)" },
    { s: "latakia", p: "located_in", o: "syria", note: "\"Syria's coastal province of Latakia\" (003)" },
    { s: "tartus", p: "located_in", o: "syria", note: "\"a naval facility at the Syrian port of Tartous\" (001)" },
    { s: "damascus", p: "located_in", o: "syria", note: "\"Hmeymim airbase about 300 kilometres northwest of Damascus\" (001)" },
    { s: "aleppo", p: "located_in", o: "syria", note: "\"key battlefronts, most notably in Aleppo\" (000)" },
    { s: "homs", p: "located_in", o: "syria", note: "\"the central Syrian city of Homs\" (001)" },
    { s: "waer", p: "located_in", o: "homs", note: "\"the besieged Waer district in the central Syrian city of Homs\" (001)" },
    { s: "euphrates-valley", p: "located_in", o: "syria", note: "\"along the Euphrates river valley in eastern Syria\" (000)" },
    { s: "moscow", p: "located_in", o: "russia", note: "common knowledge; the articles use Moscow for the Russian government (000, 001, 004)" },
    { s: "syria", p: "near", o: "iraq", note: "\"fully restored control over the border with Iraq\" (003)" },
    { s: "sohr", p: "located_in", o: "united-kingdom", note: "\"The UK-based monitoring group\" (000)" },
    { s: "ria-novosti", p: "located_in", o: "russia", note: "\"the Russian RIA Novosti news agency\" (000)" },

    // Bases
    { s: "russia", p: "has_base_at", o: "hmeimim", note: "\"its two bases Hmeimim and Tartus\" (000); \"russia will keep its hmeymim air base\" (004)" },
    { s: "russia", p: "has_base_at", o: "tartus", note: "\"its naval facility in the syrian mediterranean port of tartous on a permanent basis\" (004)" },

    // Leaders, commanders, members and spokespeople
    { s: "putin", p: "leader_of", o: "russia", note: "\"Russian President Vladimir Putin\" (001)" },
    { s: "assad", p: "leader_of", o: "syria", note: "\"Syrian President Bashar al-Assad\" (001)" },
    { s: "assad", p: "leader_of", o: "syrian-army", note: "\"government forces, led by president Bashar al-Assad\" (000)" },
    { s: "shoigu", p: "leader_of", o: "russian-defence-ministry", note: "\"Defence Minister Sergei Shoigu\" (000)" },
    { s: "surovikin", p: "commands", o: "russian-armed-forces", note: "\"Gen. Sergei Surovikin, the Russian military commander in Syria\" (001)" },
    { s: "pahon", p: "spokesperson_for", o: "pentagon", note: "\"said pentagon spokesman eric pahon\" (004)" },
    { s: "aridi", p: "spokesperson_for", o: "syrian-opposition", note: "\"yahya aridi, spokesman for the syrian opposition in geneva\" (004)" },
    { s: "horowitz", p: "member_of", o: "levantine-group", note: "\"Michael Horowitz, a security analyst with the Levantine Group\" (002)" },
    { s: "de-mistura", p: "member_of", o: "united-nations", note: "\"UN Special Envoy of the Secretary-General for Syria Staffan de Mistura\" (002)" },
    { s: "al-jaafari", p: "member_of", o: "syria", note: "\"Syrian chief negotiator Bashar al-Jaafari, Ambassador of the Permanent Representative Mission of the Syria to UN\" (002)" },
    { s: "rosenberg", p: "member_of", o: "bbc", note: "\"By Steve Rosenberg, BBC Moscow correspondent\" (000)" },

    // Whose forces and agencies
    { s: "russian-armed-forces", p: "belongs_to", o: "russia", note: "\"Russia has begun withdrawing some of its troops from Syria\" (000)" },
    { s: "syrian-army", p: "belongs_to", o: "syria", note: "\"an agreement reached between rebels and Syria's army\" (001)" },
    { s: "russian-defence-ministry", p: "belongs_to", o: "russia", note: "\"the task put before the defence ministry and Russian armed forces\" (002)" },
    { s: "pentagon", p: "belongs_to", o: "united-states", note: "\"do not affect u.s. priorities in syria , said pentagon spokesman\" (004)" },
    { s: "unicef", p: "belongs_to", o: "united-nations", note: "\"the United Nations children's fund Unicef\" (002)" },
    { s: "al-nusra-front", p: "affiliated_with", o: "al-qaeda", note: "\"the al-Nusra Front, an al-Qaeda group in Syria\" (002)" },

    // Allies
    { s: "russia", p: "supports", o: "assad", note: "\"The Russians have succeeded in keeping a key ally, President Assad, in power\" (000); \"Russia and Iran, which support Assad\" (001)" },
    { s: "russia", p: "supports", o: "syrian-army", note: "\"Russian support has been crucial in turning the tide of Syria's civil war in favour of government forces\" (000)" },
    { s: "iran", p: "supports", o: "assad", note: "\"Iran, the government's other key ally\" (000); \"Russia and Iran, which support Assad\" (001)" },
    { s: "iran", p: "supports", o: "shiite-militias", note: "\"iran-backed shi ite militias doing much of the fighting on the ground\" (004)" },
    { s: "turkey", p: "supports", o: "syrian-opposition", note: "\"Turkey, which backs the opposition\" (000)" },
    { s: "turkey", p: "supports", o: "syrian-rebels", note: "\"Turkey, which backs the rebels\" (001)" },

    // Enemies
    { s: "russian-armed-forces", p: "opposes", o: "islamic-state", note: "\"the Russian military declared victory against ISIS group last week\" (001)" },
    { s: "russia", p: "opposes", o: "islamic-state", note: "\"russia would retain enough firepower to destroy any possible islamic state comeback\" (004)" },
    { s: "russian-armed-forces", p: "opposes", o: "al-qaeda", note: "\"Russian officials say the troops were sent to Syria mainly to fight 'terrorists,' including ISIS and al-Qaeda\" (001)" },
    { s: "russian-armed-forces", p: "opposes", o: "syrian-rebels", note: "\"they also battled mainstream rebels opposed to the Assad family's four-decade rule\" (001)" },
    { s: "syrian-rebels", p: "opposes", o: "assad", note: "\"mainstream rebels opposed to the Assad family's four-decade rule\" (001)" },
    { s: "syrian-army", p: "opposes", o: "islamic-state", note: "\"the Syrian forces - under the Russian air cover - routed the Islamic State group in eastern Syria\" (003)" },
    { s: "united-states", p: "opposes", o: "islamic-state", note: "\"the US, Britain and other coalition countries have continued bombing Isil forces\" (002)" },
    { s: "united-kingdom", p: "opposes", o: "islamic-state", note: "\"the US, Britain and other coalition countries have continued bombing Isil forces\" (002)" },

    // The 2017 visit and withdrawal order
    { s: "putin", p: "visited", o: "syria", note: "\"President Vladimir Putin ordered the partial withdrawal during an unannounced visit to Syria on Monday\" (000)" },
    { s: "putin", p: "visited", o: "hmeimim", note: "\"Putin made a stopover at the Hmeimim air base in Syria's coastal province of Latakia\" (003)" },
    { s: "putin", p: "met_with", o: "assad", note: "\"The Russian president was met by Mr al-Assad at the Russian Hmeimim airbase\" (000); \"he held talks with Syrian President Bashar al-Assad\" (001)" },
    { s: "putin", p: "participant_in", o: "putin-visit-2017", note: "\"Putin made the announcement during a surprise visit to Russia's Hmeymim airbase\" (001)" },
    { s: "assad", p: "participant_in", o: "putin-visit-2017", note: "\"Syrian state TV screened footage of Bashar al-Assad meeting Putin at the air base\" (003)" },
    { s: "putin-visit-2017", p: "occurred_at", o: "hmeimim", note: "\"a surprise visit to Russia's Hmeymim airbase\" (001)" },
    { s: "putin", p: "ordered", o: "withdrawal-order-2017", note: "\"President Vladimir Putin ordered the partial withdrawal during an unannounced visit to Syria on Monday\" (000)" },
    { s: "putin", p: "announced", o: "withdrawal-order-2017", note: "\"Mr Putin announced the move at the Russian Hmeimim airbase in Syria\" (000)" },
    { s: "shoigu", p: "announced", o: "withdrawal-order-2017", note: "\"Russia has begun withdrawing some of its troops from Syria, Defence Minister Sergei Shoigu said on Monday\" (000)" },
    { s: "surovikin", p: "announced", o: "withdrawal-order-2017", note: "\"Surovikin ... said the military will pull out 23 warplanes, two helicopter gunships, special forces units, military police and field engineers\" (001)" },
    { s: "russian-armed-forces", p: "participant_in", o: "withdrawal-order-2017", note: "\"President Vladimir Putin has ordered Russian forces in Syria to start withdrawing\" (001)" },
    { s: "withdrawal-order-2017", p: "occurred_at", o: "hmeimim", note: "\"Mr Putin announced the move at the Russian Hmeimim airbase in Syria\" (000)" },
    { s: "withdrawal-order-2017", p: "part_of", o: "putin-visit-2017", note: "\"ordered the partial withdrawal during an unannounced visit to Syria\" (000)" },

    // The 2016 announcement
    { s: "putin", p: "ordered", o: "withdrawal-order-2016", note: "\"I am therefore ordering the defence minister, from tomorrow, to start the withdrawal of the main part of our military contingent\" (002)" },
    { s: "putin", p: "announced", o: "withdrawal-order-2016", note: "\"Russia is to pull its forces out of Syria ..., President Vladimir Putin said today\" (002)" },
    { s: "russian-armed-forces", p: "participant_in", o: "withdrawal-order-2016", note: "\"Putin said he was instructing his armed forces to end their five month campaign\" (002)" },
    { s: "withdrawal-order-2016", p: "occurred_at", o: "moscow", note: "\"Speaking at a meeting in the Kremlin with his defence and foreign ministers\" (002)" },
    { s: "withdrawal-order-2016", p: "mentioned_with", o: "geneva-talks-2016", note: "\"The move was announced on the day United Nations-brokered talks between the warring sides in Syria resumed in Geneva\" (002)" },

    // Geneva talks and the 2016 truce
    { s: "geneva-talks-2016", p: "occurred_at", o: "geneva", note: "\"the UN-brokered peace talks in Geneva\" (002)" },
    { s: "united-nations", p: "participant_in", o: "geneva-talks-2016", note: "\"United Nations-brokered talks between the warring sides in Syria resumed in Geneva\" (002)" },
    { s: "syrian-opposition", p: "participant_in", o: "geneva-talks-2016", note: "\"Huge gulfs remain the opposition and the regime at the peace talks\" (002)" },
    { s: "syria", p: "participant_in", o: "geneva-talks-2016", note: "\"Huge gulfs remain the opposition and the regime at the peace talks\" (002)" },
    { s: "al-jaafari", p: "participant_in", o: "geneva-talks-2016", note: "\"Syrian chief negotiator Bashar al-Jaafari\" (002, photo caption)" },
    { s: "ceasefire-2016", p: "occurred_at", o: "syria", note: "\"there has been sporadic fighting since the truce began on February 26\" (002)" },

    // The war and the Russian campaign
    { s: "syrian-civil-war", p: "occurred_at", o: "syria", note: "\"the first visit by a foreign head of state to war-ravaged Syria since the civil war began in 2011\" (001)" },
    { s: "air-campaign-2015", p: "occurred_at", o: "syria", note: "\"Russia launched its air campaign in Syria on 30 September 2015\" (003)" },
    { s: "russia", p: "participant_in", o: "air-campaign-2015", note: "\"Russia launched an air campaign in Syria in September 2015\" (000)" },
    { s: "air-campaign-2015", p: "part_of", o: "syrian-civil-war", note: "\"Russia's decision to enter the war\" (002); the campaign \"changed the course of the conflict\" (001)" },
    { s: "russia", p: "participant_in", o: "syrian-civil-war", note: "\"Russia's decision to enter the war has made the conflict even worse\" (002)" },
    { s: "aleppo-fall-2016", p: "occurred_at", o: "aleppo", note: "\"daily air strikes on the rebel-held east of the city before it fell in December 2016\" (000)" },
    { s: "russian-armed-forces", p: "participant_in", o: "aleppo-fall-2016", note: "\"The Syrian and Russian air forces carried out daily air strikes on the rebel-held east of the city\" (000)" },
    { s: "syrian-army", p: "participant_in", o: "aleppo-fall-2016", note: "\"The Syrian and Russian air forces carried out daily air strikes on the rebel-held east of the city\" (000)" },
    { s: "aleppo-fall-2016", p: "part_of", o: "syrian-civil-war", note: "\"The campaign has allowed pro-government forces to break the deadlock on several key battlefronts, most notably in Aleppo\" (000)" },

    // Crimea
    { s: "russia", p: "participant_in", o: "crimea-annexation-2014", note: "\"Russia's annexation of Crimea in 2014 had sparked Western sanctions\" (000)" },
    { s: "crimea-annexation-2014", p: "occurred_at", o: "crimea", note: "\"Russia's annexation of Crimea in 2014\" (000)" },
  ],
  rejected: [],
});
