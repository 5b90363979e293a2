/**
 * Function words that say nothing about which event a report is about. English in full;
 * the commonest words of a few other European languages too, because an article in another
 * language would otherwise match any other article in that language through "und", "de"
 * or "el", which df alone only learns to discount after many such articles.
 */
const ENGLISH =
  'a about above across after afterwards again against all almost alone along already also although always am among an and another any anyhow anyone anything anyway anywhere are around as at back be became because become becomes been before beforehand behind being below beside besides between beyond both but by can cannot could did do does doing done down due during each either else elsewhere enough etc even ever every everyone everything everywhere except few first for former formerly from further get gets got had has have having he hence her here hereafter hereby herein hers herself him himself his how however i if in indeed into is it its itself just last latter least less like made make many may me meanwhile might mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody none nor not nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own per perhaps put rather re same see seem seemed seeming seems several she should since so some somehow someone something sometime sometimes somewhere still such than that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to together too toward towards under until up upon us very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why will with within without would yet you your yours yourself yourselves ' +
  "said says say saying told tell according reported report reports reporting added adding also just news new newer today yesterday tomorrow week weeks month months year years day days time times people man men woman women mr mrs ms dr s t don't can't won't it's i'm he's she's that's there's they're we're isn't wasn't didn't doesn't ' " +
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
  'am pm a.m p.m gmt utc bst edt est pdt pst cet et pt updated posted published';

const OTHER =
  // German
  'der die das und ist nicht ein eine einer eines einem einen zu den dem des mit sich auf für im von sie es auch als an nach wie aus bei dass wird werden wurde hat haben sind war noch nur oder aber vor zur zum über am um wenn so ' +
  // French
  'le la les un une des du de et est en au aux que qui dans pour pas sur par plus avec son sa ses ce cette il elle ils elles ont été être sont mais ou où leur nous vous ' +
  // Spanish, Portuguese, Italian
  'el los las del y es un una por con para su sus al lo como más pero fue ha han se que no em os as da do das dos um uma ao não na nas nos il lo gli della delle dei di che è per non con una sono nel nella ' +
  // Dutch
  'het een van en is op te dat niet met zijn voor er aan ook als bij nog om naar maar wordt werd';

export const STOPWORDS: ReadonlySet<string> = new Set(`${ENGLISH} ${OTHER}`.split(/\s+/).filter(Boolean));

/**
 * Capitalised words that are not names: titles said before a name, calendar words,
 * headline verbs. They would otherwise count as shared entities between unrelated reports.
 */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms miss dr prof sir madam president vice prime minister secretary governor senator rep representative mayor chief judge justice ' +
    'officer sergeant sgt lt capt captain general gen col colonel king queen prince princess pope saint st mt ' +
    'the a an this that these those it its he she they we i you his her their our my in on at of for and but or by with from to as ' +
    'breaking update updated exclusive photos video watch live read more related latest news report reports story share comment comments ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec am pm gmt utc bst edt est pdt pst cet et pt'
  ).split(/\s+/),
);
