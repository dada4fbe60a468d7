/**
 * Places that news names as if they spoke ("Brussels said", "Berlin and Paris") but that are no
 * source the reader can weigh: countries, US states, capitals and large cities, lower-case.
 */
const words = (list: string): Set<string> => new Set(list.trim().split(/\s*,\s*/));

export const PLACES = words(`
  afghanistan, albania, algeria, argentina, armenia, australia, austria, azerbaijan, bahrain, bangladesh,
  belarus, belgium, bolivia, bosnia, brazil, britain, bulgaria, cambodia, cameroon, canada, chile, china,
  colombia, congo, croatia, cuba, cyprus, czechia, denmark, ecuador, egypt, england, eritrea, estonia,
  ethiopia, europe, finland, france, georgia, germany, ghana, greece, guatemala, haiti, honduras, hungary,
  iceland, india, indonesia, iran, iraq, ireland, israel, italy, jamaica, japan, jordan, kazakhstan, kenya,
  korea, kosovo, kuwait, laos, latvia, lebanon, libya, lithuania, luxembourg, malaysia, mali, malta,
  mexico, moldova, mongolia, montenegro, morocco, mozambique, myanmar, burma, nepal, netherlands, the
  netherlands, holland, nicaragua, niger, nigeria, north korea, south korea, norway, oman, pakistan,
  palestine, panama, paraguay, peru, philippines, poland, portugal, qatar, romania, russia, rwanda, saudi
  arabia, scotland, senegal, serbia, singapore, slovakia, slovenia, somalia, south africa, spain, sri
  lanka, sudan, south sudan, sweden, switzerland, syria, taiwan, tanzania, thailand, tunisia, turkey,
  uganda, ukraine, united kingdom, united states, america, uruguay, uzbekistan, venezuela, vietnam, wales,
  yemen, zambia, zimbabwe, alabama, alaska, arizona, arkansas, california, colorado, connecticut,
  delaware, florida, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland,
  massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire, new
  jersey, new mexico, new york, north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania, rhode
  island, south carolina, south dakota, tennessee, texas, utah, vermont, virginia, west virginia,
  wisconsin, wyoming, washington, u.s, u.s., us, u.k, u.k., uk, manhattan, brooklyn, bronx, brussels, berlin, paris, london, moscow, beijing, tokyo, kyiv, kiev,
  tehran, jerusalem, pyongyang, seoul, ankara, istanbul, new delhi, delhi, islamabad, kabul, baghdad,
  damascus, cairo, riyadh, ottawa, canberra, rome, madrid, lisbon, athens, vienna, warsaw, budapest,
  prague, stockholm, oslo, copenhagen, helsinki, dublin, amsterdam, the hague, geneva, zurich, bern,
  havana, caracas, brasilia, buenos aires, mexico city, hong kong, taipei, manila, jakarta, bangkok,
  hanoi, nairobi, lagos, johannesburg, pretoria, addis ababa, doha, dubai, abu dhabi, beirut, gaza,
  ramallah, tel aviv, minsk, belgrade, bucharest, sofia, riga, vilnius, tallinn, edinburgh, cardiff,
  belfast, los angeles, chicago, houston, phoenix, philadelphia, san francisco, boston, seattle, denver,
  atlanta, miami, dallas, detroit, baltimore, sydney, melbourne, toronto, montreal, vancouver, mumbai,
  shanghai, osaka, sao paulo, rio de janeiro, milan, munich, frankfurt, hamburg, barcelona, marseille,
  lyon, manchester, liverpool, birmingham, glasgow, strasbourg, luxembourg city, westminster, whitehall
`);

export const isPlace = (name: string): boolean => PLACES.has(name.toLowerCase());
