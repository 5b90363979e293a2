/**
 * Closed word classes the attribution rules lean on. Without a tagger, these lists are what
 * tells a speaker's noun phrase from the clause around it, so they err towards function
 * words (which end a phrase) rather than content words (which the rules let through).
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const DETERMINERS = set(`
  a an the another one two three four five six seven eight nine ten several some many most all both
  other these those his her their its our my your each every any no few numerous multiple dozens
  hundreds thousands more`);

export const INDEFINITE = set('a an another one some several two three four five many few numerous multiple');

/** Pronouns that can be a speaker; "who"/"which" point back to the phrase before them. */
export const SUBJECT_PRONOUNS = set('he she they we i it you who which');

/** Words that end a noun phrase when met: conjunctions, auxiliaries, clause openers. */
export const FUNCTION_WORDS = set(`
  and or but nor so yet because after before when while as if that than since although though
  whether where what how why whom whose until unless whereas is are was were be been being am
  has have had having will would could should may might must can shall do does did not n't never
  by into onto over under against between through during without within upon via per then there
  here now only even just still already also this these those him them us me her it's
  there's what's he's she's they're we're i'm said says say saying told tells`);

/** Prepositions that may sit inside a speaker phrase: "a spokesman for the ministry". */
export const NP_PREPOSITIONS = set('of for at from in with on to about');

/** Words between a subject and its verb that do not change who speaks. */
export const ADVERBS = set(`
  also later previously repeatedly again publicly privately then recently earlier first once
  initially further separately similarly reportedly allegedly quickly simply flatly bluntly angrily
  frankly openly loudly quietly himself herself themselves itself too however meanwhile has have had
  's ’s 've ’ve 'd ’d already long often frequently explicitly specifically subsequently ultimately
  finally personally directly immediately emphatically categorically firmly cautiously notably
  separately sharply strongly now still just even only
`);

/** Time words an attribution may carry: "said Tuesday", "on Monday told". */
export const TIME_WORDS = set(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
  week month year morning afternoon evening night weekend weekday earlier later recently
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);

export const TIME_LEADS = set('on last this early late earlier later next in during at');

export const MODALS = set('will would could might may can should must shall');

export const PASSIVE_AUX = set('was were is are been being be');

/** Words that, leading a name, make it a role rather than part of the name. */
export const TITLE_WORDS = set(`
  president vice prime minister foreign secretary senator sen sen. rep rep. representative gov gov.
  governor mayor gen gen. general col col. colonel lt lt. lieutenant maj maj. major capt capt. captain
  adm adm. admiral sgt sgt. sergeant dr dr. doctor prof prof. professor mr mr. mrs mrs. ms ms. miss
  judge justice chancellor ambassador spokesman spokeswoman spokesperson chief executive ceo leader
  head director chairman chairwoman chair commissioner speaker king queen pope prince princess
  sheriff officer attorney deputy premier press assistant adviser advisor aide envoy negotiator
  official candidate nominee lawmaker congressman congresswoman councilman councilwoman councillor
  councilor pastor rev rev. reverend bishop cardinal archbishop rabbi imam sheikh president-elect
  former then interim acting incoming outgoing top senior junior state defence defense interior
  affairs home health finance economy justice security national presidential democratic republican
  gop u.s. us uk u.k. eu un u.n. nato white house kremlin engineer manager
  founder analyst expert economist coach owner correspondent editor reporter columnist host anchor
  commander marshal inspector superintendent mp mep dean provost rector`);

/** Role phrases that contain "of": the name follows the whole phrase. */
export const TITLE_PHRASES: readonly (readonly string[])[] = [
  ['secretary', 'of', 'state'],
  ['secretary', 'of', 'defense'],
  ['secretary', 'of', 'defence'],
  ['secretary', 'of', 'the', 'treasury'],
  ['secretary', 'of', 'homeland', 'security'],
  ['chief', 'of', 'staff'],
  ['minister', 'of', 'foreign', 'affairs'],
  ['head', 'of', 'state'],
  ['speaker', 'of', 'the', 'house'],
  ['chairman', 'of', 'the', 'joint', 'chiefs'],
];

/** Words that make a capitalised name an organization. */
export const ORG_WORDS = set(`
  ministry department office agency service services party committee council commission court
  government administration bank company corp corp. inc inc. ltd ltd. llc group union association
  institute university college campaign army navy police force forces kremlin pentagon parliament
  senate congress house assembly embassy inspectorate authority authorities board bureau foundation
  fund organization organisation network times post news press journal herald courier tribune
  gazette standard ledger dispatch wire reuters ap afp bloomberg cnn bbc nbc abc cbs fox msnbc
  politico axios tass interfax ria xinhua insider today radio tv television channel daily weekly
  review magazine media center centre hospital school utility corporation industries holdings
  coalition alliance federation league movement front`);

/** Capitals and seats of power that usually stand for a government when they speak. */
export const PLACE_SPEAKERS = set(`
  moscow kyiv kiev washington beijing london paris berlin brussels tehran jerusalem ankara budapest
  tokyo delhi seoul pyongyang warsaw rome madrid ottawa canberra minsk tbilisi baku yerevan riyadh
  cairo damascus baghdad kabul islamabad caracas havana taipei`);

export const DOCUMENT_NOUNS = set(`
  report reports statement statements study studies poll polls survey surveys memo memos letter
  letters filing filings document documents complaint lawsuit indictment ruling analysis data figures
  records record transcript readout release communique communiqué post tweet article story book ad
  ads video message email paper assessment review audit order decree law bill website page notice
  announcement results findings numbers estimate estimates projection projections forecast model
  draft text summary investigation inquiry probe account accounts footage recording guidance
  release press-release bulletin dossier chart graph`);

export const SOURCE_NOUNS = set(`
  source sources person someone insider insiders individual individuals participant participants
  informant informants`);

export const EXPERT_NOUNS = set(`
  analyst analysts expert experts economist economists scientist scientists researcher researchers
  observer observers specialist specialists academic academics professor professors scholar
  scholars historian historians commentator commentators pundit pundits strategist strategists
  consultant consultants engineers-in-chief`);

/** Heads of unnamed official speakers: singular "a White House official". */
export const OFFICIAL_NOUNS = set(`
  official officials spokesman spokeswoman spokesperson spokespeople aide aides diplomat diplomats
  adviser advisers advisor advisors staffer staffers representative representatives envoy envoys
  officer officers administrator administrators lawmaker lawmakers negotiator negotiators operative
  operatives employee employees engineer engineers minister ministers secretary senator senators
  ambassador ambassadors executive executives manager managers director directors commander
  commanders inspector inspectors worker workers member members insider`);

/** Plural heads that name a crowd rather than an office. */
export const GROUP_NOUNS = set(`
  officials residents witnesses people voters protesters critics supporters villagers locals families
  survivors lawmakers democrats republicans citizens workers members employees staff leaders
  politicians farmers parents students teachers doctors nurses rescuers volunteers activists
  neighbours neighbors opponents allies observers delegates diplomats ministers authorities
  americans russians ukrainians europeans`);

/** Singular persons with no office: one of a crowd. */
export const PERSON_NOUNS = set(`
  man woman resident witness villager local survivor voter protester citizen farmer parent student
  teacher nurse rescuer volunteer activist neighbour neighbor mother father son daughter wife husband
  friend relative driver owner shopkeeper`);

/** Descriptions of a person that a name earlier in the article should stand behind. */
export const ROLE_NOUNS = set(`
  leader president minister governor senator candidate nominee chief executive mayor engineer doctor
  chancellor premier king queen prince spokesman spokeswoman spokesperson secretary diplomat envoy
  ambassador official commander general colonel judge director head chairman chairwoman founder
  billionaire businessman businesswoman veteran lawmaker congressman congresswoman republican democrat
  speaker manager owner coach officer counterpart host guest mogul negotiator adviser advisor aide
  inspector prosecutor lawyer attorney`);

/** Generic person descriptions that only carry a gender. */
export const GENERIC_PERSON = new Map<string, 'm' | 'f'>([
  ['man', 'm'], ['woman', 'f'], ['father', 'm'], ['mother', 'f'], ['son', 'm'], ['daughter', 'f'],
  ['husband', 'm'], ['wife', 'f'], ['businessman', 'm'], ['businesswoman', 'f'], ['congressman', 'm'],
  ['congresswoman', 'f'], ['spokesman', 'm'], ['spokeswoman', 'f'], ['chairman', 'm'], ['chairwoman', 'f'],
  ['king', 'm'], ['queen', 'f'], ['prince', 'm'], ['princess', 'f'], ['mr', 'm'], ['mr.', 'm'], ['mrs', 'f'],
  ['mrs.', 'f'], ['ms', 'f'], ['ms.', 'f'], ['miss', 'f'], ['councilman', 'm'], ['councilwoman', 'f'],
  ['grandmother', 'f'], ['grandfather', 'm'], ['sister', 'f'], ['brother', 'm'],
]);

/** Nouns that stand for a head of government or state in "the Ukrainian leader". */
export const LEADER_SYNONYMS = set('leader president premier chancellor prime minister head king queen');

/** Words after a head noun that open its modifier: "familiar with", "who asked". */
export const POSTMOD_STARTS = set(`
  familiar close speaking briefed knowledgeable involved who which with of for at from in on to
  about aware authorized granted requesting by`);

/** Words of a speaker phrase that say nothing about who it is. */
export const EMPTY_MODIFIERS = set(`
  the a an one another former top senior veteran longtime long-time then current new old
  high-ranking high-level senior-level mid-level junior chief leading prominent some several`);

/** Past forms that no -ed rule finds, with their base form. */
export const IRREGULAR_PAST = new Map([
  ['went', 'go'], ['shot', 'shoot'], ['wrote', 'write'], ['spoke', 'speak'], ['began', 'begin'], ['put', 'put'], ['got', 'get'],
  ['came', 'come'], ['threw', 'throw'], ['gave', 'give'], ['took', 'take'], ['kept', 'keep'], ['ran', 'run'], ['broke', 'break'],
  ['read', 'read'], ['sang', 'sing'], ['swore', 'swear'], ['struck', 'strike'], ['fought', 'fight'], ['shook', 'shake'], ['held', 'hold'],
  ['let', 'let'], ['thought', 'think'], ['felt', 'feel'], ['knew', 'know'], ['chose', 'choose'], ['met', 'meet'],
  ['said', 'say'], ['told', 'tell'], ['left', 'leave'], ['led', 'lead'], ['sent', 'send'], ['won', 'win'], ['lost', 'lose'],
  ['made', 'make'], ['saw', 'see'], ['found', 'find'], ['stood', 'stand'], ['spent', 'spend'], ['became', 'become'],
]);

/** Heads of poll figures and shares of a crowd: "47 percent said", "Nearly half said", "Most say". */
export const QUANTITY_HEADS = set(`
  percent percentage half majority majorities minority plurality third thirds quarter quarters fifth
  fifths most many some several both all few others rest share`);

/** Quantifiers that can stand alone as a subject: "Most said", "Some argue". */
export const QUANTIFIERS = set('most many some several both all few half');
