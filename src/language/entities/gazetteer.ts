/**
 * Places and organizations known by name. Typing an entity from a list is the only reliable
 * way to tell "Hungary" from "Halas", so the lists cover what international news names most:
 * every country (with aliases, demonyms and capital), US states, major cities, regions,
 * international organizations, government bodies and the big news agencies.
 */
import type { EntityType } from '../types.js';
import { nameKey } from './names.js';
import { maxOf } from '../../pipeline/arrays.js';

export interface GazetteerEntry {
  /** Canonical name ("United States"). */
  name: string;
  type: EntityType;
  /** For places: which sort, so capitals and countries can be told apart. */
  kind: 'country' | 'state' | 'city' | 'region' | 'organization' | 'seat';
  /** The country a city, state or seat of government belongs to. */
  country?: string;
  /** For capitals and seats of government: the government they can stand for. */
  government?: string;
}

// name|aliases;…|demonyms;…|capitals;…  (the first capital is the seat of government)
const COUNTRIES = `
Afghanistan||Afghan|Kabul
Albania||Albanian|Tirana
Algeria||Algerian|Algiers
Andorra||Andorran|Andorra la Vella
Angola||Angolan|Luanda
Antigua and Barbuda||Antiguan|
Argentina||Argentine;Argentinian|Buenos Aires
Armenia||Armenian|Yerevan
Australia||Australian|Canberra
Austria||Austrian|Vienna
Azerbaijan||Azerbaijani;Azeri|Baku
Bahamas|The Bahamas|Bahamian|Nassau
Bahrain||Bahraini|Manama
Bangladesh||Bangladeshi|Dhaka
Barbados||Barbadian|Bridgetown
Belarus||Belarusian|Minsk
Belgium||Belgian|Brussels
Belize||Belizean|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian|La Paz;Sucre
Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina|Bosnian|Sarajevo
Botswana||Botswanan|Gaborone
Brazil||Brazilian|Brasília;Brasilia
Brunei||Bruneian|Bandar Seri Begawan
Bulgaria||Bulgarian|Sofia
Burkina Faso||Burkinabe|Ouagadougou
Burundi||Burundian|Gitega
Cambodia||Cambodian|Phnom Penh
Cameroon||Cameroonian|Yaoundé;Yaounde
Canada||Canadian|Ottawa
Cape Verde|Cabo Verde|Cape Verdean|Praia
Central African Republic|||Bangui
Chad||Chadian|N'Djamena
Chile||Chilean|Santiago
China|People's Republic of China;PRC;Mainland China|Chinese|Beijing;Peking
Colombia||Colombian|Bogotá;Bogota
Comoros||Comorian|Moroni
Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa|Congolese|Kinshasa
Republic of the Congo|Congo-Brazzaville;Congo||Brazzaville
Costa Rica||Costa Rican|San José;San Jose
Croatia||Croatian;Croat|Zagreb
Cuba||Cuban|Havana
Cyprus||Cypriot|Nicosia
Czech Republic|Czechia|Czech|Prague
Denmark||Danish;Dane|Copenhagen
Djibouti||Djiboutian|
Dominican Republic||Dominican|Santo Domingo
Ecuador||Ecuadorian|Quito
Egypt||Egyptian|Cairo
El Salvador||Salvadoran|San Salvador
Equatorial Guinea||Equatoguinean|Malabo
Eritrea||Eritrean|Asmara
Estonia||Estonian|Tallinn
Eswatini|Swaziland|Swazi|Mbabane
Ethiopia||Ethiopian|Addis Ababa
Fiji||Fijian|Suva
Finland||Finnish;Finn|Helsinki
France||French|Paris
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian|Banjul
Georgia||Georgian|Tbilisi
Germany||German|Berlin
Ghana||Ghanaian|Accra
Greece||Greek|Athens
Grenada||Grenadian|
Guatemala||Guatemalan|Guatemala City
Guinea||Guinean|Conakry
Guinea-Bissau|||Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian|Port-au-Prince
Honduras||Honduran|Tegucigalpa
Hungary||Hungarian|Budapest
Iceland||Icelandic;Icelander|Reykjavik;Reykjavík
India||Indian|New Delhi;Delhi
Indonesia||Indonesian|Jakarta
Iran|Islamic Republic of Iran|Iranian|Tehran
Iraq||Iraqi|Baghdad
Ireland|Republic of Ireland;Eire|Irish|Dublin
Israel||Israeli|Jerusalem
Italy||Italian|Rome
Ivory Coast|Côte d'Ivoire;Cote d'Ivoire|Ivorian|Yamoussoukro
Jamaica||Jamaican|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian|Amman
Kazakhstan||Kazakh;Kazakhstani|Astana
Kenya||Kenyan|Nairobi
Kiribati|||Tarawa
Kosovo||Kosovar;Kosovan|Pristina
Kuwait||Kuwaiti|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Laotian|Vientiane
Latvia||Latvian|Riga
Lebanon||Lebanese|Beirut
Lesotho|||Maseru
Liberia||Liberian|Monrovia
Libya||Libyan|Tripoli
Liechtenstein|||Vaduz
Lithuania||Lithuanian|Vilnius
Luxembourg||Luxembourgish|
Madagascar||Malagasy|Antananarivo
Malawi||Malawian|Lilongwe
Malaysia||Malaysian|Kuala Lumpur
Maldives||Maldivian|Malé
Mali||Malian|Bamako
Malta||Maltese|Valletta
Mauritania||Mauritanian|Nouakchott
Mauritius||Mauritian|Port Louis
Mexico||Mexican|Mexico City
Moldova||Moldovan|Chisinau;Chișinău
Monaco||Monegasque|
Mongolia||Mongolian|Ulaanbaatar
Montenegro||Montenegrin|Podgorica
Morocco||Moroccan|Rabat
Mozambique||Mozambican|Maputo
Myanmar|Burma|Burmese|Naypyidaw;Naypyitaw
Namibia||Namibian|Windhoek
Nepal||Nepali;Nepalese|Kathmandu
Netherlands|The Netherlands;Holland|Dutch|Amsterdam
New Zealand||New Zealander|Wellington
Nicaragua||Nicaraguan|Managua
Niger||Nigerien|Niamey
Nigeria||Nigerian|Abuja
North Korea|DPRK|North Korean|Pyongyang
North Macedonia|Macedonia|Macedonian|Skopje
Norway||Norwegian|Oslo
Oman||Omani|Muscat
Pakistan||Pakistani|Islamabad
Palestine|Palestinian territories;State of Palestine|Palestinian|Ramallah
Panama||Panamanian|Panama City
Papua New Guinea||Papua New Guinean|Port Moresby
Paraguay||Paraguayan|Asunción;Asuncion
Peru||Peruvian|Lima
Philippines|The Philippines|Filipino;Philippine|Manila
Poland||Polish|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari|Doha
Romania||Romanian|Bucharest
Russia|Russian Federation|Russian|Moscow
Rwanda||Rwandan|Kigali
Samoa||Samoan|Apia
San Marino||Sammarinese|
Saudi Arabia||Saudi|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian;Serb|Belgrade
Sierra Leone||Sierra Leonean|Freetown
Singapore||Singaporean|
Slovakia||Slovak;Slovakian|Bratislava
Slovenia||Slovenian;Slovene|Ljubljana
Somalia||Somali|Mogadishu
South Africa||South African|Pretoria
South Korea|Republic of Korea|South Korean|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish;Spaniard|Madrid
Sri Lanka||Sri Lankan|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish;Swede|Stockholm
Switzerland||Swiss|Bern;Berne
Syria||Syrian|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik|Dushanbe
Tanzania||Tanzanian|Dodoma
Thailand||Thai|Bangkok
Timor-Leste|East Timor|Timorese|Dili
Togo||Togolese|Lomé;Lome
Trinidad and Tobago||Trinidadian|Port of Spain
Tunisia||Tunisian|Tunis
Turkey|Türkiye;Turkiye|Turkish;Turk|Ankara
Turkmenistan||Turkmen|Ashgabat
Uganda||Ugandan|Kampala
Ukraine||Ukrainian|Kyiv;Kiev
United Arab Emirates|UAE;U.A.E.;Emirates|Emirati|Abu Dhabi
United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton|London
United States|U.S.;US;USA;U.S.A.;America;United States of America|American|Washington;Washington D.C.
Uruguay||Uruguayan|Montevideo
Uzbekistan||Uzbek|Tashkent
Vatican|Vatican City;Holy See||
Venezuela||Venezuelan|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni|Sanaa;Sana'a
Zambia||Zambian|Lusaka
Zimbabwe||Zimbabwean|Harare
`;

// name|aliases|demonyms — regions, continents, sub-national areas often in the news.
const REGIONS = `
Europe||European
Eastern Europe||Eastern European
Western Europe||Western European
Central Europe||Central European
Asia||Asian
Central Asia||Central Asian
Southeast Asia||Southeast Asian
East Asia||East Asian
Africa||African
North Africa||North African
West Africa||West African
Latin America||Latin American
South America||South American
North America||North American
Middle East|Mideast|Middle Eastern
Caribbean||Caribbean
Arctic||
Antarctica||
Balkans|Western Balkans|Balkan
Baltics|Baltic states|Baltic
Caucasus|South Caucasus|Caucasian
Scandinavia||Scandinavian
Sahel||
Horn of Africa||
Indo-Pacific||
Gulf|Persian Gulf|
Black Sea||
Baltic Sea||
Red Sea||
Mediterranean|Mediterranean Sea|
Atlantic|Atlantic Ocean|Atlantic
Pacific|Pacific Ocean|
Indian Ocean||
South China Sea||
Sea of Azov||
England||English
Scotland||Scottish;Scot
Wales||Welsh
Northern Ireland||Northern Irish
Greenland||Greenlandic
Puerto Rico||Puerto Rican
Hong Kong||
Macau|Macao|
Gaza|Gaza Strip|Gazan
West Bank||
Golan Heights|Golan|
Crimea|Crimean Peninsula|Crimean
Donbas|Donbass|
Chechnya||Chechen
Kurdistan||Kurdish
Tibet||Tibetan
Xinjiang||
Kashmir||Kashmiri
Catalonia||Catalan
Transnistria||
Siberia||Siberian
Bavaria||Bavarian
Quebec||
Ontario||
Normandy||
Sicily||Sicilian
`;

const US_STATES =
  'Alabama;Alaska;Arizona;Arkansas;California;Colorado;Connecticut;Delaware;Florida;Hawaii;Idaho;Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan;Minnesota;Mississippi;Missouri;Montana;Nebraska;Nevada;New Hampshire;New Jersey;New Mexico;North Carolina;North Dakota;Ohio;Oklahoma;Oregon;Pennsylvania;Rhode Island;South Carolina;South Dakota;Tennessee;Texas;Utah;Vermont;Virginia;Washington State;West Virginia;Wisconsin;Wyoming';

// City|aliases|country — large or newsworthy cities that are not national capitals.
const CITIES = `
New York|New York City;NYC|United States
Los Angeles|LA|United States
Chicago||United States
Houston||United States
Phoenix||United States
Philadelphia||United States
San Antonio||United States
San Diego||United States
Dallas||United States
San Francisco||United States
Seattle||United States
Boston||United States
Miami||United States
Atlanta||United States
Denver||United States
Detroit||United States
Las Vegas||United States
New Orleans||United States
Anchorage||United States
Honolulu||United States
Palm Beach||United States
Mar-a-Lago||United States
Toronto||Canada
Montreal||Canada
Vancouver||Canada
Sydney||Australia
Melbourne||Australia
Shanghai||China
Shenzhen||China
Guangzhou||China
Wuhan||China
Mumbai|Bombay|India
Bangalore|Bengaluru|India
Kolkata|Calcutta|India
Karachi||Pakistan
Lahore||Pakistan
Istanbul||Turkey
Dubai||United Arab Emirates
Saint Petersburg|St Petersburg;St. Petersburg|Russia
Novosibirsk||Russia
Yekaterinburg||Russia
Kazan||Russia
Sochi||Russia
Vladivostok||Russia
Kaliningrad||Russia
Murmansk||Russia
Rostov-on-Don|Rostov|Russia
Belgorod||Russia
Kursk||Russia
Bryansk||Russia
Kharkiv|Kharkov|Ukraine
Odesa|Odessa|Ukraine
Lviv||Ukraine
Dnipro||Ukraine
Zaporizhzhia|Zaporizhia|Ukraine
Kherson||Ukraine
Mariupol||Ukraine
Bakhmut||Ukraine
Donetsk||Ukraine
Luhansk|Lugansk|Ukraine
Mykolaiv||Ukraine
Sumy||Ukraine
Chernihiv||Ukraine
Poltava||Ukraine
Avdiivka||Ukraine
Pokrovsk||Ukraine
Sevastopol||Ukraine
Simferopol||Ukraine
Milan||Italy
Naples||Italy
Barcelona||Spain
Munich||Germany
Frankfurt||Germany
Hamburg||Germany
Cologne||Germany
Geneva||Switzerland
Zurich|Zürich|Switzerland
Davos||Switzerland
Lyon||France
Marseille||France
Strasbourg||France
Manchester||United Kingdom
Birmingham||United Kingdom
Liverpool||United Kingdom
Glasgow||United Kingdom
Edinburgh||United Kingdom
Cardiff||United Kingdom
Belfast||United Kingdom
Rotterdam||Netherlands
The Hague|Hague|Netherlands
Antwerp||Belgium
Krakow|Kraków|Poland
Gdansk|Gdańsk|Poland
Tel Aviv||Israel
Haifa||Israel
Gaza City||Palestine
Rafah||Palestine
Khan Younis||Palestine
Aleppo||Syria
Homs||Syria
Mosul||Iraq
Basra||Iraq
Erbil||Iraq
Jeddah||Saudi Arabia
Mecca||Saudi Arabia
Alexandria||Egypt
Casablanca||Morocco
Lagos||Nigeria
Johannesburg||South Africa
Cape Town||South Africa
Rio de Janeiro|Rio|Brazil
São Paulo|Sao Paulo|Brazil
Osaka||Japan
Hiroshima||Japan
Busan||South Korea
Ho Chi Minh City|Saigon|Vietnam
Almaty||Kazakhstan
`;

// name|aliases|standsFor|country — seats of government that the news uses for the government itself.
const SEATS = `
White House||Government of the United States|United States
Kremlin||Government of Russia|Russia
Downing Street|No 10;No. 10;Number 10|Government of the United Kingdom|United Kingdom
Élysée|Elysee;Élysée Palace;Elysee Palace|Government of France|France
Zhongnanhai||Government of China|China
Bankova||Government of Ukraine|Ukraine
Capitol Hill||United States Congress|United States
`;

// name|aliases — organizations: international bodies, government bodies, parties, media, firms.
const ORGANIZATIONS = `
United Nations|UN;U.N.
UN Security Council|Security Council;UNSC;U.N. Security Council
UN General Assembly|General Assembly
NATO|North Atlantic Treaty Organization;Nato
European Union|EU;E.U.
European Commission|
European Parliament|
European Council|
European Central Bank|ECB
International Monetary Fund|IMF
World Bank|
World Trade Organization|WTO
World Health Organization|WHO
OPEC|
Group of Seven|G7;G-7
Group of 20|G20;G-20
BRICS|
ASEAN|
African Union|
Organization for Security and Co-operation in Europe|OSCE
Council of Europe|
International Atomic Energy Agency|IAEA
International Criminal Court|ICC
International Court of Justice|ICJ
Interpol|
International Committee of the Red Cross|ICRC;Red Cross
UNICEF|
UNHCR|
World Food Programme|WFP
Amnesty International|Amnesty
Human Rights Watch|
Arab League|
OECD|
Gulf Cooperation Council|GCC
Shanghai Cooperation Organisation|SCO
Hamas|
Hezbollah|
Taliban|
Islamic State|ISIS;ISIL
al-Qaeda|Al Qaeda;al Qaeda
Wagner Group|Wagner
Houthis|Houthi
Pentagon|Department of Defense;Defense Department;Department of War
State Department|Department of State
Justice Department|Department of Justice;DOJ
Treasury Department|Department of the Treasury;US Treasury
Department of Homeland Security|DHS;Homeland Security
Congress|US Congress;U.S. Congress
Senate|US Senate;U.S. Senate
House of Representatives|
National Security Council|NSC
FBI|Federal Bureau of Investigation
CIA|Central Intelligence Agency
NSA|National Security Agency
Federal Reserve|Fed
Democratic Party|Democrats
Republican Party|Republicans;GOP
Foreign Office|FCDO
Home Office|
Ministry of Defence|MoD
House of Commons|
House of Lords|
Labour Party|Labour
Conservative Party|Conservatives;Tories
Bank of England|
MI5|
MI6|
State Duma|Duma
Federation Council|
FSB|
GRU|
Gazprom|
Rosneft|
Rosatom|
United Russia|
Verkhovna Rada|Rada
SBU|
Naftogaz|
Bundestag|
Bundesbank|
Chinese Communist Party|Communist Party of China;CCP
People's Liberation Army|PLA
Knesset|
Israel Defense Forces|IDF
Mossad|
Reuters|
Associated Press|AP
Agence France-Presse|AFP
Bloomberg|
CNN|
Fox News|
NBC News|NBC
CBS News|CBS
ABC News|
BBC|
Politico|
Axios|
New York Times|NYT
Washington Post|
Wall Street Journal|WSJ
Financial Times|FT
Guardian|
Economist|
TASS|
RIA Novosti|
Interfax|
Xinhua|
Al Jazeera|
Kyiv Independent|
Ukrinform|
Sky News|
Deutsche Welle|DW
NPR|
Apple|
Google|
Microsoft|
Meta|
Tesla|
SpaceX|
OpenAI|
Boeing|
Airbus|
Shell|
BP|
ExxonMobil|
Chevron|
Toyota|
Volkswagen|
Samsung|
Huawei|
Nvidia|
`;

const table = new Map<string, GazetteerEntry>();
/** Keys listed only in capitals ("US", "AP", "WHO"): "us", "ap" and "who" are ordinary words. */
const upperOnly = new Set<string>();
const mixedCase = new Set<string>();
const demonyms = new Map<string, string>();

function put(surface: string, entry: GazetteerEntry): void {
  const key = nameKey(surface);
  (/\p{Ll}/u.test(surface) ? mixedCase : upperOnly).add(key);
  // The first listing wins: countries precede states and cities, so "Georgia" stays a country.
  if (key && !table.has(key)) table.set(key, entry);
}

function rows(block: string): string[][] {
  return block
    .trim()
    .split('\n')
    .map((line) => line.split('|').map((f) => f.trim()));
}

const list = (field: string | undefined): string[] => (field ? field.split(';').map((s) => s.trim()).filter(Boolean) : []);

function governmentOf(country: string): string {
  return /^(United|Czech|Dominican|Central|Democratic|Republic|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros)/.test(country)
    ? `Government of the ${country}`
    : `Government of ${country}`;
}

function addDemonym(word: string, place: string): void {
  const key = word.toLowerCase();
  if (!demonyms.has(key)) demonyms.set(key, place);
  // "Russians", "Israelis": the people, still linked to the place.
  if (/(an|i)$/.test(key) && !demonyms.has(key + 's')) demonyms.set(key + 's', place);
}

for (const [name, aliases, dems, capitals] of rows(COUNTRIES)) {
  const country = name!;
  const government = governmentOf(country);
  const entry: GazetteerEntry = { name: country, type: 'place', kind: 'country' };
  put(country, entry);
  for (const a of list(aliases)) put(a, entry);
  for (const d of list(dems)) addDemonym(d, country);
  const caps = list(capitals);
  for (const c of caps) put(c, { name: caps[0]!, type: 'place', kind: 'city', country, government });
}
// Brussels houses the EU institutions; in the news it stands for them far more than for Belgium.
table.set(nameKey('Brussels'), { name: 'Brussels', type: 'place', kind: 'city', country: 'Belgium', government: 'European Union' });

for (const [name, aliases, dems] of rows(REGIONS)) {
  const entry: GazetteerEntry = { name: name!, type: 'place', kind: 'region' };
  put(name!, entry);
  for (const a of list(aliases)) put(a, entry);
  for (const d of list(dems)) addDemonym(d, name!);
}
for (const state of US_STATES.split(';')) {
  const name = state === 'Washington State' ? 'Washington State' : state;
  put(name, { name, type: 'place', kind: 'state', country: 'United States' });
}
for (const [name, aliases, country] of rows(CITIES)) {
  const entry: GazetteerEntry = { name: name!, type: 'place', kind: 'city', country: country! };
  put(name!, entry);
  for (const a of list(aliases)) put(a, entry);
}
for (const [name, aliases, standsFor, country] of rows(SEATS)) {
  const entry: GazetteerEntry = { name: name!, type: 'organization', kind: 'seat', government: standsFor!, country: country! };
  put(name!, entry);
  for (const a of list(aliases)) put(a, entry);
}
for (const [name, aliases] of rows(ORGANIZATIONS)) {
  const entry: GazetteerEntry = { name: name!, type: 'organization', kind: 'organization' };
  put(name!, entry);
  for (const a of list(aliases)) put(a, entry);
}

/** Longest name in the tables, in words: bounds the look-ahead of a multi-word lookup. */
export const MAX_GAZETTEER_WORDS = maxOf([...table.keys()].map((k) => k.split(' ').length));

/** The entry a surface names ("U.S.", "Kyiv", "the Kremlin"), if any. */
export function lookup(surface: string): GazetteerEntry | undefined {
  const key = nameKey(surface);
  if (upperOnly.has(key) && !mixedCase.has(key) && /\p{Ll}/u.test(surface)) return undefined;
  return table.get(key);
}

/** The place a demonym points at: "Russian" → "Russia", "Americans" → "United States". */
export function demonymPlace(word: string): string | undefined {
  const k = word.toLowerCase();
  const hit = demonyms.get(k);
  if (hit !== undefined || !(k.endsWith("'s") || k.endsWith('’s'))) return hit;
  return demonyms.get(k.slice(0, -2));
}

/** Whether a key begins some multi-word entry (so a lookup should keep reading). */
const prefixes = new Set<string>();
for (const key of table.keys()) {
  const words = key.split(' ');
  for (let i = 1; i < words.length; i++) prefixes.add(words.slice(0, i).join(' '));
}
export function isGazetteerPrefix(key: string): boolean {
  return prefixes.has(key);
}
