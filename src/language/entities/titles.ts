/**
 * Word lists that decide what a capitalised sequence is: titles and roles (which are kept
 * apart from the name they precede), honorifics with the gender they imply, common given
 * names (the strongest cue that an unknown pair of words is a person), and the ordinary
 * words that only look like names because they open a sentence.
 */

import type { Gender } from '../types.js';

export type { Gender };

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Honorifics and forms of address, with the gender they imply where they imply one. */
export const HONORIFICS = new Map<string, Gender | null>([
  ['mr', 'male'], ['mister', 'male'], ['sir', 'male'], ['lord', 'male'], ['father', 'male'], ['brother', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['madam', 'female'], ['madame', 'female'], ['dame', 'female'],
  ['lady', 'female'], ['sister', 'female'], ['mme', 'female'], ['mx', null], ['dr', null], ['prof', null], ['rev', null],
  ['hon', null], ['gen', null], ['col', null], ['lt', null], ['capt', null], ['maj', null], ['sgt', null], ['adm', null],
  ['cmdr', null], ['sen', null], ['rep', null], ['gov', null], ['pres', null], ['amb', null], ['supt', null], ['insp', null],
]);

/**
 * Role heads: the noun a title ends in, right before the name ("Foreign Minister", "Kremlin
 * spokesman", "chief executive"). Lowercased; matched in any case.
 */
export const ROLE_HEADS = words(`
  president vice-president president-elect minister secretary secretary-general spokesman spokeswoman spokesperson
  governor mayor colonel general lieutenant captain sergeant admiral commander marshal brigadier corporal
  chancellor premier senator congressman congresswoman representative lawmaker legislator mp
  ambassador envoy negotiator diplomat judge justice prosecutor attorney lawyer magistrate
  director executive ceo cfo coo chairman chairwoman chair chairperson leader head chief boss founder co-founder owner
  councillor councilor councilman councilwoman alderman ombudsman commissioner inspector superintendent
  detective constable officer sheriff
  king queen prince princess emperor empress sultan emir sheikh pope cardinal archbishop bishop priest imam rabbi pastor
  reverend vicar patriarch ayatollah
  adviser advisor aide analyst economist engineer mechanic farmer teacher professor doctor surgeon nurse scientist
  researcher historian author writer journalist correspondent reporter editor columnist photographer
  coach manager captain player striker goalkeeper driver pilot
  speaker treasurer principal dean rector mediator auditor activist campaigner organiser organizer
  actor actress singer musician artist
  mr mrs ms miss dr prof sir dame lord lady father sister rev hon gen col lt capt maj sgt adm cmdr sen rep gov amb
  mister madam madame mme mx supt insp pres
`);

/** Words that build a title to the left of its head ("former", "Foreign", "regional", "union"). */
export const ROLE_MODIFIERS = words(`
  foreign interior defence defense finance prime deputy vice first former ex acting interim then late chief senior junior
  top state executive general regional national federal local opposition union party parliamentary presidential
  military government retired incoming outgoing assistant associate managing press health economy economic energy
  justice education transport agriculture environment trade culture labour labor home security intelligence army
  navy naval police fire emergency public lead special supreme high commanding elected city town village county
  district provincial municipal campaign communications policy legal medical technical safety financial operating
  information development political rebel separatist ruling majority minority republican democratic conservative
  liberal green court appeals constitutional investment stock senior parish dairy news foreign-affairs
  world european global regional communist socialist
`);

/**
 * Modifiers that only ever qualify a person's title and never open a name: "Senior" in
 * "Senior Kremlin aide", "Former" in "Former Prime Minister".
 */
export const TITLE_ONLY = words('former ex acting interim then late senior junior deputy top retired incoming outgoing assistant associate');

/** Lowercase gender cues in role words. */
export const ROLE_GENDER = new Map<string, Gender>([
  ['spokesman', 'male'], ['spokeswoman', 'female'], ['chairman', 'male'], ['chairwoman', 'female'],
  ['congressman', 'male'], ['congresswoman', 'female'], ['councilman', 'male'], ['councilwoman', 'female'],
  ['king', 'male'], ['queen', 'female'], ['prince', 'male'], ['princess', 'female'], ['emperor', 'male'],
  ['empress', 'female'], ['actor', 'male'], ['actress', 'female'], ['father', 'male'], ['sister', 'female'],
]);

/** Heads that can stand for a country's leader in a description ("the Ukrainian leader"). */
export const LEADER_ROLES = words('president premier chancellor king queen emperor sultan emir prime leader head');

const MALE_NAMES = `
  aaron abdul abdullah abel abraham adam adrian ahmad ahmed akira alan alastair albert alberto aleksandar aleksander
  aleksandr aleksei alessandro alex alexander alexandre alexei alexey alfred ali alistair amir anatolii anatoliy anatoly
  andre andrea andreas andrei andrej andrew andrey andriy andrzej angelo anil antoine anton antonio antony arkady
  arnold arseniy arsen arthur artem artur arvid ashraf attila augusto avi ayman barack bartosz basil benedict benjamin
  benny bernard bernie bill bob bogdan bohdan boris borislav boyko brad bradley brandon brendan brian bruce bruno
  byron calvin cameron carl carlo carlos cedric cesar charles charlie chris christian christoph christopher cyril
  dale damian dan daniel danilo dario darius dave david davide dejan denis dennis denys derek diego dimitri dimitris
  dmitri dmitriy dmitry dmytro dominic donald doug douglas duncan dusan dušan eamon ed eddie edgar edmund eduard eduardo
  edward elias elon emil emilio emmanuel emmerson enrique eric erik ernesto ernst evgeny fabian farid felipe felix
  ferdinand fernando filip florian francesco francis francisco franco frank franz fred frederick friedrich gabriel
  gareth gary gavin gennady geoffrey george georgi gerald gerhard giorgi giorgio giovanni giuseppe glenn gordon goran
  graham greg gregory grigory guido guillaume gustavo hakan hamid hans harald harold harry hassan hector heinrich
  helmut henri henrik henry herbert hermann hugo hussein ian ibrahim igor ilya imran ioannis ivan ivo jack jacob
  jacques jake jakub james jamie jan janez jared jaroslav jason javier jean jeff jeffrey jens jeremy jerome jerzy jim
  jimmy joachim joe joel johan johann johannes john jon jonathan jordan jorge jose josé josef joseph josh joshua juan
  julian julien juraj jurgen jürgen justin kamal karel karl karol kasper keir keith ken kenneth kevin khalid kim kirill
  klaus konstantin kostiantyn kristian kurt kyle lars laurent lee leo leon leonard leonid lindsey liam lorenzo louis
  luc luca lucas luigi luis luka lukas lukasz łukasz maciej mahmoud malcolm manuel marc marcel marco marcus marek
  mario mark marko martin mateusz matteo matthew matthias matt max maxim maxime maximilian mehmet michael michal michał
  michel miguel mikhail mike milan milos miloš miroslav mitch mohamed mohammad mohammed muhammad murat mykhailo mykola
  nabil narendra nasser nathan neil nicholas nick nicola nicolas niels nigel nikita nikola nikolai nikolay noah norbert
  olaf oleg oleksandr oleksiy oliver omar oscar oskar otto pablo paolo pascal patrick paul pavel pavlo pawel paweł pedro
  peter petr petro petar philip philippe pierre piotr radan radek rafael rahul rajesh ralph ramon ramzan randy raphael
  ray raymond recep reza ricardo richard rick rishi robert roberto robin rodrigo roger roman ron ronald rudolf rudy ruslan
  russell ryan saad salman sam samuel sandro sanjay santiago sasha scott sean sebastian serge sergei sergey sergio
  sergiy serhiy shane sean simon sinan stanislav stefan stephen steve steven stuart sven taras ted teodor terry thierry
  thomas tim timothy tobias todd tom tomas tomasz tomáš tommy tony toru tyler valentin valery vasily vasyl viktor
  vikram vincent vincenzo vitali vitaliy vitaly vladimir vladislav vojtech volker volodymyr walter werner wilhelm
  william willem wolfgang xavier yaroslav yasser yevgeny yuri yuriy yury zbigniew zoltan zoltán
  dario carlo jakub bohdan milan luka ivo pavel oleg stefan goran dusan jan borislav tomas marek nikola petr oskar
  seth howard craig neil wayne dwayne shawn sean jerry larry barry gary harvey marvin melvin chester lester warren
  clarence curtis dean dustin earl eugene floyd gene gilbert glen hank herman homer jesse jeremiah joey johnny
  kirk lance leroy lloyd louie luther lyle marshall maurice mickey miles morgan nate ned nelson norman otis owen
  perry phil quentin ralph reggie rex rodney ross roy russ sammy stanley sterling ted terrence tommy travis trevor
  troy vernon vince wade wallace ward wesley willie wilson zach zachary andy ben billy bobby carter chad cody colin
  connor dylan ethan evan garrett grant hunter ian isaac jackson jay jeff jerome jordan kyle logan luke mason
  nathaniel noel oliver patrick ricky riley rob rory spencer taylor tucker tyson wyatt jamal marcus darnell deshawn
  tyrone andre malik rashid omar tariq yusuf kareem hakeem sanjay rahul amit vijay arjun ravi suresh raj anand
  hiroshi takeshi kenji yuki haruto wei ming jun hao chen li jian kwame kofi nelson desmond thabo jacob ramaphosa
`;

const FEMALE_NAMES = `
  abigail ada adriana agata agnes agnieszka aisha alejandra alexandra alexandria alice alicia alina alison alla amanda
  amelia amy ana anastasia andrea angela angelina anita ann anna annalena anne annette annika antonia ariana astrid
  barbara beata beatrice bella benazir bettina beverly bianca birgit brenda bridget brigitte camilla carla carmen
  carol caroline carolyn catherine cecilia charlotte chiara christina christine cindy claire clara claudia colette
  cristina dana daniela danielle daria darya deborah denise diana dominika donna dora dorota edith elena eleni elisa
  elisabeth elise eliza elizabeth ella ellen elsa elvira emilia emily emma erika eva evelyn ewa fatima federica fiona
  florence frances francesca françoise gabriela gabriele galina gemma georgia gina giorgia gisela gloria grace greta
  gwen halyna hana hanna hannah harriet heather heidi helen helena helga hillary hilary ida ilona ina ines inga
  ingrid irena irene irina iryna isabel isabella isabelle ivana jacinda jacqueline jana jane janet janina jasmine
  jennifer jessica jill joan joanna jodie johanna josephine joyce judith judy julia juliana julie justyna kamala karen
  karin karina karolina katarina katarzyna kate katerina katharina katherine kathleen kathryn katja katya kay kelly
  kim kira klara kristina kristine krystyna ksenia larisa laura lauren leila lena leona lidia lidiya liliana linda lisa
  liz liza lorraine louise lucia lucy ludmila lyudmila magdalena maia malgorzata małgorzata margaret margarita margot
  maria mariana marie marina marine marion marisa marta martha mary maryam matilda maya megan melania melanie melissa
  michaela michelle milena mila mira miriam monika monica nadia nadine nadezhda nancy naomi natalia natalie natalya
  natasha nicola nicole nina nora olena olga olha oksana olivia paola patricia paula paulina petra pia polina priti
  rachel rebecca regina renata renee renée rita rosa rosalind rose ruth sabine sabrina sally samantha sandra sara
  sarah sharon sheila silvia simona simone sofia sonia sophia sophie stella stephanie susan susanne suzanne svetlana
  sylvia tamara tanya tatiana tatyana teresa theresa tina tulsi ulrike ursula valentina valeria valerie vanessa vera
  veronica veronika vesna victoria viktoria violet virginia vivian wanda wendy yana yelena yulia yuliia zainab zofia
  zora zuzana
  hana lidia milena irena eva dana klara teresa rosa zora vesna leona renee mila ana lucia katya
  portia ellen oprah tara lindsay britney paris kim khloe kourtney beyonce rihanna madonna taylor regina
  luann ann marie jean joan betty dorothy doris shirley gladys mildred frances evelyn lois marilyn beverly
  peggy janice judy cheryl kathy debbie sue tracy stacy wendy kristen kirsten amber brittany courtney crystal
  tiffany whitney ashley heather jennifer jessica kayla kendra latoya keisha tamika shanice monique aaliyah
  priya anjali sunita deepa kavita meera aiko yuko sakura mei lin xiu fang ngozi amina chioma
`;

export const MALE = words(MALE_NAMES);
export const FEMALE = words(FEMALE_NAMES);

export function givenNameGender(word: string): Gender | null | undefined {
  const w = word.toLowerCase();
  const m = MALE.has(w);
  const f = FEMALE.has(w);
  if (m && f) return null;
  return m ? 'male' : f ? 'female' : undefined;
}

export function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  return MALE.has(w) || FEMALE.has(w);
}

/** Capitalised words that are never (part of the start of) a person, place or organization. */
export const NOT_ENTITY = words(`
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  i i'm i've i'd i'll ok am pm gmt utc bst cet est edt pst christmas easter ramadan eid hanukkah thanksgiving
  halloween covid covid-19 internet god
`);

/**
 * Words that open sentences and headlines but are not names: function words, sentence
 * adverbs, and verbs and participles a report often begins with.
 */
export const COMMON = words(`
  a an the this that these those there here it its it's he she they we you i his her their our your my me him them us
  who whom whose what which when where why how whether whatever whoever
  and or but nor so yet for if as at by in into of on onto off over under with without within from to up down out
  about above across after against along amid among around before behind below beneath beside besides between beyond
  despite during except inside near outside past since than through throughout till toward towards until upon via
  while although though because unless once even only just also still instead meanwhile however moreover furthermore
  nevertheless nonetheless indeed then now today tonight yesterday tomorrow later earlier already again ever never
  always often sometimes soon perhaps maybe finally first second third last next another other others such same
  some many most much more few fewer several all both each every either neither any no not none nobody nothing
  everyone everything someone something anyone anything one two three four five six seven eight nine ten
  yes well oh please thank thanks let let's
  is are was were be been being am do does did done has have had having will would shall should can could may might must
  said says say told tells tell added adds asked according following speaking given based including regarding
  asked noting citing calling describing saying adding warning insisting arguing
  breaking update updated read watch photo video live exclusive opinion analysis editorial comment explainer
  new old big top latest full official officials sources source reports report reporters analysts critics experts
  residents people police troops soldiers rescuers volunteers engineers officers voters
`);

/** Words Title Case leaves in lowercase: a headline has no other lowercase words. */
export const TITLE_CASE_MINOR = words('a an the of in on at to for and or but nor by with from as via vs per up into over off out so is');

/** Verbs of saying that follow or precede a speaker. */
export const SPEECH_VERBS = words(`
  said says told tells added adds stated announced argued insisted warned wrote explained noted claimed asked
  replied answered recalled declared confirmed denied urged acknowledged admitted suggested estimated predicted
  promised vowed pledged tweeted posted
`);

/** Connectors allowed inside a name between two capitalised words. */
export const NAME_PARTICLES = words('de del della der den di da dos das du la le van von bin ibn al el ter');

/** Capitalised words after which "of" continues the same name ("Secretary of State", "Bank of England"). */
export const OF_HEADS = words(`
  secretary minister ministry department university bank office council court institute church house federation
  union association commission chamber kingdom republic state states gulf bay sea strait isle city duke prince
  princess king queen governor mayor director head chief president chancellor board college school museum
  government province region district county people's army navy order
`);

/**
 * Landmarks and features whose name goes on after "of" ("Ring of Fire", "Cape of Good Hope",
 * "Palace of Westminster"), at the start of a name only: in "Persian Gulf Island of Qeshm"
 * the name is already said before "Island".
 */
export const OF_PLACE_HEADS = words('cape ring palace castle cathedral temple tower island islands isles ocean lake straits port statue gates battle treaty summit');

/** Abbreviated months and days: not names when a full stop or a number follows ("Jan. 5"), names otherwise ("Jan Skala"). */
export const DATE_ABBREVIATIONS = words('jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun');
