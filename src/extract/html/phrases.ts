/**
 * Lines that are furniture by what they say: labels that head a box of other stories or
 * an ad slot, and link lines introduced as promotion. Deliberately short lists of phrasings
 * in the languages most news is written in; the structural tests do most of the work.
 */

/** A whole line that is only a label: "Advertisement", "Related stories", "Don't miss". */
const LABEL = new RegExp(
  '^[\\s\\p{P}]*(?:' +
    [
      'advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored(?: content)?', 'promoted', 'anzeige', 'werbung',
      'publicidad', 'publicité', 'pubblicità', 'publicidade', 'reklama',
      'related(?: articles| stories| posts| content| news| links| coverage)?', 'more(?: stories| news| from .{1,30})?',
      'read more', 'read next', 'see also', "don'?t miss", 'must read', 'recommended(?: for you)?', 'trending(?: now)?',
      'most (?:read|popular|viewed)', 'top stories', 'latest(?: news| stories)?', 'you (?:may|might) also like',
      'share(?: this)?(?: article| story| post)?', 'comments?', 'subscribe(?: now)?', 'sign up', 'tags?', 'topics?', 'continue reading', 'skip ad',
      'lesen sie auch', 'mehr zum thema', 'lire aussi', 'à lire aussi', 'leia também', 'leggi anche', 'lee también',
      'ver también', 'también te puede interesar',
    ].join('|') +
    ')[\\s\\p{P}]*$',
  'iu',
);

/** Lead-ins of promotional link lines: "Related: …", "SEE MORE: …", "Also on example.com …". */
const LEAD_IN = new RegExp(
  '^[\\s\\[(]*(?:' +
    [
      'related(?: articles?| stories| posts?| content| news| coverage)?', 'see (?:also|more)', 'read (?:more|also|next)',
      'also read', 'also on', 'more on', 'more from', 'watch', 'listen', 'click here', 'subscribe', 'sign up',
      'follow us', 'recommended', 'trending', "don'?t miss", 'must read', 'top stories', 'popular',
      'lesen sie auch', 'mehr zum thema', 'lire aussi', 'à lire aussi', 'leia também', 'veja também', 'leggi anche',
      'lee también', 'ver también', 'te puede interesar',
    ].join('|') +
    ')\\b',
  'iu',
);

export function isLabel(text: string): boolean {
  return text.length <= 60 && LABEL.test(text);
}

export function isPromoLead(text: string): boolean {
  return LEAD_IN.test(text);
}
