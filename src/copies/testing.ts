/**
 * Invented news-like texts for copy-detection tests: seeded, so every run sees the same
 * words. Reports "of the same event" share names, places, figures and one quoted
 * statement, as independent reports do, but are written sentence by sentence apart.
 */

import { rng } from '../test-support/random.js';

export { rng };

const WORDS = (
  'the a of to in and on for with at by from after before during while officials residents said reported ' +
  'told according police rescue teams workers engineers council ministry government city town village river ' +
  'valley bridge road station hospital school market office building water flood storm fire damage repairs ' +
  'morning evening night week month year early late first second third several many few dozens hundreds ' +
  'people families children drivers farmers shops homes streets fields roofs walls cars trains buses boats ' +
  'opened closed moved carried warned asked called promised expected confirmed denied rejected announced ' +
  'began continued stopped returned arrived left reached crossed cleared checked inspected measured counted ' +
  'new old large small long short high low heavy light quick slow local regional national public private ' +
  'because although since until unless whether where when which who that this those these its their his her ' +
  'was were had has have will would could should might must been being is are not only also still already ' +
  'more most less least very quite nearly almost about around over under into onto through across between'
).split(' ');

export interface Event {
  names: string[];
  places: string[];
  figures: string[];
  /** A statement every outlet quotes. */
  quote: string;
}

export function inventEvent(seed: number): Event {
  const r = rng(seed);
  const pick = (a: readonly string[]): string => a[Math.floor(r() * a.length)]!;
  const first = ['Petra', 'Ivo', 'Mara', 'Tomas', 'Lena', 'Karel', 'Anja', 'Radek'];
  const last = ['Lind', 'Horvat', 'Selnik', 'Dvorak', 'Moravec', 'Kralj', 'Benes', 'Novak'];
  const place = ['Brodna', 'Zelov', 'Kamenitsa', 'Lesk', 'Oskel', 'Veyra', 'Pellan', 'Maravia'];
  return {
    names: [`${pick(first)} ${pick(last)}`, `${pick(first)} ${pick(last)}`],
    places: [pick(place), pick(place)],
    figures: [String(3 + Math.floor(r() * 40)), String(100 + Math.floor(r() * 900))],
    quote: `"We will not leave anyone behind, and every family will get help," ${pick(first)} ${pick(last)} said.`,
  };
}

/** One invented sentence mentioning the event now and then. */
function sentence(r: () => number, event: Event | null): string {
  const words: string[] = [];
  const length = 12 + Math.floor(r() * 14);
  for (let i = 0; i < length; i++) {
    const roll = r();
    if (event && roll < 0.06) words.push(event.names[Math.floor(r() * event.names.length)]!);
    else if (event && roll < 0.12) words.push(event.places[Math.floor(r() * event.places.length)]!);
    else if (event && roll < 0.15) words.push(event.figures[Math.floor(r() * event.figures.length)]!);
    else words.push(WORDS[Math.floor(r() * WORDS.length)]!);
  }
  const text = words.join(' ');
  return text[0]!.toUpperCase() + text.slice(1) + '.';
}

/**
 * A report of `paragraphs` paragraphs of 2–4 sentences, paragraphs separated by a blank
 * line as in `Article.text`. With an event, it names it and quotes its statement once.
 */
export function inventReport(seed: number, paragraphs = 6, event: Event | null = null): string {
  const r = rng(seed);
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    const n = 2 + Math.floor(r() * 3);
    for (let s = 0; s < n; s++) sentences.push(sentence(r, event));
    if (event && p === 1) sentences.push(event.quote);
    out.push(sentences.join(' '));
  }
  return out.join('\n\n');
}

/** Sentences of a text, in order (split after '.', '!' or '?' followed by a space or a break). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
}
