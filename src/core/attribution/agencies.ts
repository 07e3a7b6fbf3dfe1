/**
 * The news agencies Cleanwire recognises, as data. Add an agency by adding an entry; nothing else
 * needs to change.
 *
 * - `tags` are the short forms agencies sign with, matched case-sensitively as whole words, because
 *   most are also ordinary letters: "AP" is the agency, "ap" is not; "ANI" is the agency, "Ani" a name.
 * - `names` are full names, matched case-insensitively after normalising ("The", "News", "Agency",
 *   "Staff", "L.P." and punctuation do not matter: "Reuters Staff", "Bloomberg L.P.", "Xinhua News Agency").
 * - `trailers` are closing lines only that agency writes (regular-expression sources, tested against
 *   one whole line, case-insensitive), such as Reuters' "(Reporting by …; Editing by …)".
 */
export interface AgencyEntry {
  /** Short name as readers know it. */
  agency: string;
  /** Full name. */
  name: string;
  tags: readonly string[];
  names: readonly string[];
  trailers?: readonly string[];
}

export const AGENCIES: readonly AgencyEntry[] = [
  {
    agency: 'AFP',
    name: 'Agence France-Presse',
    tags: ['AFP'],
    names: ['Agence France-Presse', 'Agence France Presse'],
  },
  {
    agency: 'Reuters',
    name: 'Reuters',
    tags: [],
    names: ['Reuters', 'Thomson Reuters'],
    trailers: [
      '^\\(?\\s*(?:additional )?(?:reporting|writing) by [^()]{2,300}?(?:editing|edited) by [^()]{2,200}\\)?\\.?$',
      '^\\(\\s*(?:additional )?reporting by [^()]{2,300}\\)$',
      'Thomson Reuters Trust Principles',
    ],
  },
  { agency: 'AP', name: 'Associated Press', tags: ['AP'], names: ['Associated Press'] },
  {
    agency: 'Bloomberg',
    name: 'Bloomberg News',
    tags: [],
    names: ['Bloomberg', 'Bloomberg News'],
    trailers: ['^To contact the (?:reporters?|editors?) (?:on|responsible for) this story'],
  },
  { agency: 'PTI', name: 'Press Trust of India', tags: ['PTI'], names: ['Press Trust of India'] },
  { agency: 'IANS', name: 'Indo-Asian News Service', tags: ['IANS'], names: ['Indo-Asian News Service'] },
  { agency: 'ANI', name: 'Asian News International', tags: ['ANI'], names: ['Asian News International'] },
  {
    agency: 'APP',
    name: 'Associated Press of Pakistan',
    tags: ['APP'],
    names: ['Associated Press of Pakistan'],
  },
  {
    agency: 'dpa',
    name: 'Deutsche Presse-Agentur',
    tags: ['dpa', 'DPA'],
    names: ['Deutsche Presse-Agentur', 'Deutsche Presse Agentur'],
  },
  { agency: 'EFE', name: 'Agencia EFE', tags: ['EFE'], names: ['Agencia EFE'] },
  {
    agency: 'ANSA',
    name: 'Agenzia Nazionale Stampa Associata',
    tags: ['ANSA'],
    names: ['Agenzia Nazionale Stampa Associata'],
  },
  { agency: 'Kyodo', name: 'Kyodo News', tags: [], names: ['Kyodo', 'Kyodo News'] },
  { agency: 'Jiji', name: 'Jiji Press', tags: [], names: ['Jiji Press'] },
  { agency: 'Xinhua', name: 'Xinhua News Agency', tags: [], names: ['Xinhua'] },
  { agency: 'UPI', name: 'United Press International', tags: ['UPI'], names: ['United Press International'] },
  {
    agency: 'APA',
    name: 'Austria Presse Agentur',
    tags: ['APA'],
    names: ['Austria Presse Agentur', 'Austria Presse-Agentur'],
  },
  {
    agency: 'KNA',
    name: 'Katholische Nachrichten-Agentur',
    tags: ['KNA'],
    names: ['Katholische Nachrichten-Agentur'],
  },
  { agency: 'epd', name: 'Evangelischer Pressedienst', tags: ['epd'], names: ['Evangelischer Pressedienst'] },
  {
    agency: 'Keystone-SDA',
    name: 'Keystone-SDA',
    tags: ['SDA', 'sda', 'ATS', 'ats'],
    names: ['Keystone-SDA', 'Keystone-ATS', 'Schweizerische Depeschenagentur'],
  },
  { agency: 'Belga', name: 'Belga News Agency', tags: [], names: ['Belga'] },
  {
    agency: 'ANP',
    name: 'Algemeen Nederlands Persbureau',
    tags: ['ANP'],
    names: ['Algemeen Nederlands Persbureau'],
  },
  { agency: 'TASS', name: 'TASS Russian News Agency', tags: [], names: ['TASS', 'ITAR-TASS'] },
  { agency: 'Yonhap', name: 'Yonhap News Agency', tags: [], names: ['Yonhap'] },
  { agency: 'PA Media', name: 'PA Media', tags: ['PA'], names: ['PA Media', 'Press Association'] },
  { agency: 'Anadolu', name: 'Anadolu Agency', tags: [], names: ['Anadolu', 'Anadolu Ajansi'] },
  { agency: 'Lusa', name: 'Agência Lusa', tags: [], names: ['Lusa', 'Agencia Lusa'] },
  { agency: 'Europa Press', name: 'Europa Press', tags: [], names: ['Europa Press'] },
];
