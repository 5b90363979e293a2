/**
 * Grammatical gender of a named person, only as far as "he said"/"she said" needs it:
 * from an honorific or gendered role said with the name, from a short list of first names,
 * and from Slavic surname endings. Unknown is the common answer and matches either pronoun.
 */

const MALE = new Set(`
  donald vladimir volodymyr sergei sergey dmitry dmitri marco joe joseph john james robert michael william
  david richard charles thomas christopher daniel matthew anthony mark paul steven andrew kenneth
  george edward brian ronald kevin jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry
  justin scott brandon benjamin samuel frank gregory raymond alexander patrick jack dennis jerry tyler
  aaron henry adam peter nathan zachary kyle walter harold jeremy ethan carl keith roger gerald
  christian terry sean arthur austin noah lawrence jesse bryan billy bruce albert willie gabriel
  logan alan juan wayne roy ralph randy eugene vincent russell louis philip bobby johnny bradley
  barack bernie ted mike mitch chuck newt rand rick ben jeb bill hunter emmanuel olaf boris rishi
  keir viktor recep xi narendra benjamin volodymir vitali vitaly andriy andrii oleksandr olexander
  mykola yuri yury ivan igor oleg alexei alexey nikolai mikhail pavel petr pyotr anatoly anatolii
  bohdan bogdan tomas tomasz ivo teodor dario jan karel milan miroslav ladislav stanislav jaroslav
  vaclav radek josef jiri lukas martin hans klaus friedrich wolfgang jens stefan pierre jean francois
  emmanuel luis carlos jose antonio manuel pedro miguel javier giorgia mario matteo giuseppe ahmed
  mohammed muhammad ali hassan hussein abdullah khalid omar yusuf ali kim shinzo fumio yoon moon lula
  jair javier andres nayib pedro gustavo justin kevin dmytro rustem denys taras kyrylo valerii
  valery yevgeny evgeny ramzan sergiy serhiy`.trim().split(/\s+/));

const FEMALE = new Set(`
  hillary kamala nancy karoline ursula giorgia angela theresa liz kristi marjorie lauren tulsi nikki
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa betty margaret sandra
  ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon
  laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine
  christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia
  victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha
  gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise
  amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla
  alexis lori melania ivanka tiffany jill kristalina annalena mette sanna jacinda irena hana katya
  olga natalia natalya yulia julia iryna irina oksana olena elena yelena svetlana tatiana tatyana
  ekaterina kateryna marina galina lyudmila ludmila valentina vera nadia nadezhda daria darya sofia
  zuzana petra jana eva lucie katerina veronika ilona agnieszka magdalena ewa beata kaja kaia
  mariya maria alina polina ksenia anastasia anastasiya liudmyla larysa halyna ana lena mila vesna jelena milena`.trim().split(/\s+/));

const MALE_ROLE = /\b(mr\.?|sir|king|prince|lord|spokesman|chairman|congressman|councilman|businessman|father|brother|son|husband)\b/iu;
const FEMALE_ROLE = /\b(mrs\.?|ms\.?|miss|madam|dame|lady|queen|princess|spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|mother|sister|daughter|wife)\b/iu;

export function genderOfName(name: string, context = ''): 'm' | 'f' | null {
  if (FEMALE_ROLE.test(context)) return 'f';
  if (MALE_ROLE.test(context)) return 'm';
  const parts = name.toLowerCase().split(/\s+/u).filter((p) => p.length > 1 && !p.endsWith('.'));
  const first = parts[0];
  if (first && parts.length > 1) {
    if (MALE.has(first)) return 'm';
    if (FEMALE.has(first)) return 'f';
  }
  const last = parts[parts.length - 1] ?? '';
  if (parts.length > 1 && /(ova|eva|ina|ska|cka|aya|ayte|ite|yte)$/u.test(last)) return 'f';
  return null;
}
