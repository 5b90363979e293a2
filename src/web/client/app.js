// @ts-check
// The story page's behaviour: selecting a fact, contradiction, quote or timeline entry lights
// its evidence in the article view; entity chips filter the lists. Everything is scoped to its
// story, so a report holding several stories keeps them apart. No network, no eval, no innerHTML.
'use strict';

/** @param {HTMLElement} story */
function setUp(story) {
  const reader = /** @type {HTMLElement | null} */ (story.querySelector('[data-reader]'));
  const status = story.querySelector('.reader-status');
  const picker = /** @type {HTMLSelectElement | null} */ (story.querySelector('[data-article-picker]'));
  const docs = /** @type {HTMLElement[]} */ ([...story.querySelectorAll('[data-doc]')]);
  /** @type {HTMLElement | null} */
  let selected = null;

  /** @param {string[]} ids */
  function showDocs(ids) {
    const wanted = new Set(ids.filter((id) => docs.some((d) => d.dataset['doc'] === id)));
    if (wanted.size === 0) return;
    for (const d of docs) d.hidden = !wanted.has(d.dataset['doc'] ?? '');
    reader?.classList.toggle('split', wanted.size > 1);
    reader?.classList.add('open');
    if (picker) picker.value = [...wanted][0] ?? picker.value;
  }

  function clearMarks() {
    for (const m of story.querySelectorAll('.m.on')) m.classList.remove('on');
    if (selected) selected.removeAttribute('aria-current');
    selected = null;
  }

  /** @param {HTMLElement} el */
  function select(el) {
    clearMarks();
    const key = el.dataset['sel'] ?? '';
    const open = (el.dataset['open'] ?? '').split(' ').filter(Boolean);
    showDocs(open);
    selected = el;
    el.setAttribute('aria-current', 'true');
    let lit = 0;
    if (key) {
      for (const m of story.querySelectorAll('.m')) {
        const keys = (/** @type {HTMLElement} */ (m).dataset['k'] ?? '').split(' ');
        if (keys.includes(key)) {
          m.classList.add('on');
          lit++;
        }
      }
    }
    if (status) status.textContent = `${el.dataset['label'] ?? ''}${key ? ` — ${lit} passage${lit === 1 ? '' : 's'} highlighted` : ''}`;
    for (const d of docs) {
      if (d.hidden) continue;
      const first = /** @type {HTMLElement | null} */ (d.querySelector('.m.on'));
      // Each article is its own scroll box and the offset parent of its marks.
      d.scrollTop = first ? Math.max(0, first.offsetTop - d.clientHeight / 3) : 0;
    }
  }

  story.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement | null} */ (event.target instanceof Element ? event.target.closest('.sel, .chip, [data-clear-filter], [data-close]') : null);
    if (!target) return;
    if (target.matches('.sel')) select(target);
    else if (target.matches('.chip')) {
      target.setAttribute('aria-pressed', target.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      applyFilter();
    } else if (target.matches('[data-clear-filter]')) {
      for (const c of story.querySelectorAll('.chip[aria-pressed="true"]')) c.setAttribute('aria-pressed', 'false');
      applyFilter();
    } else if (target.matches('[data-close]')) close();
  });

  picker?.addEventListener('change', () => {
    clearMarks();
    showDocs([picker.value]);
    if (status) status.textContent = '';
  });

  function close() {
    clearMarks();
    reader?.classList.remove('open', 'split');
    if (status) status.textContent = 'Select a fact, contradiction or quote to see its sentences in the articles.';
  }

  // On the document: the focused control may have just been hidden, leaving focus on <body>.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && (selected || reader?.classList.contains('open'))) {
      const back = selected;
      close();
      back?.focus();
    }
  });

  function applyFilter() {
    const chips = /** @type {HTMLElement[]} */ ([...story.querySelectorAll('.chip[aria-pressed="true"]')]);
    const wanted = chips.map((c) => c.dataset['entity'] ?? '');
    let shown = 0;
    let total = 0;
    for (const el of /** @type {NodeListOf<HTMLElement>} */ (story.querySelectorAll('.main-col [data-e]'))) {
      const has = new Set((el.dataset['e'] ?? '').split(' '));
      const keep = wanted.every((id) => has.has(id));
      el.classList.toggle('filtered-out', !keep);
      if (el.matches('tr, li, .contra')) {
        total++;
        if (keep) shown++;
      }
    }
    story.classList.toggle('filtering', wanted.length > 0);
    const clear = /** @type {HTMLElement | null} */ (story.querySelector('[data-clear-filter]'));
    if (clear) clear.hidden = wanted.length === 0;
    const note = story.querySelector('.filter-status');
    if (note) note.textContent = wanted.length ? `Showing ${shown} of ${total} items that involve ${chips.map((c) => c.firstChild?.textContent?.trim() ?? '').join(' and ')}.` : '';
  }
}

for (const story of document.querySelectorAll('[data-story]')) setUp(/** @type {HTMLElement} */ (story));

/**
 * The served story list says when articles arrive (a POST, serve --watch): it asks the API
 * for the count every 10 s and offers to show them, without reloading under the reader.
 * Only served pages carry [data-live]; a saved report never touches the network.
 * @param {HTMLElement} live
 */
function watchForArticles(live) {
  const seen = Number(live.dataset['live']);
  const check = async () => {
    try {
      const answer = await fetch('/api/articles?limit=1', { headers: { accept: 'application/json' } });
      if (!answer.ok) return;
      const total = Number(/** @type {{ total?: unknown }} */ (await answer.json()).total);
      if (!(total > seen)) return;
      const n = total - seen;
      const link = document.createElement('a');
      link.href = location.pathname + location.search;
      link.textContent = 'show them';
      live.replaceChildren(`${n} new article${n === 1 ? '' : 's'} since this page was loaded: `, link);
      live.hidden = false;
    } catch {
      // The server is restarting or the network is down: the next check will tell.
    }
  };
  setInterval(check, Number(live.dataset['every'] ?? 10_000));
}

const live = /** @type {HTMLElement | null} */ (document.querySelector('[data-live]'));
if (live) watchForArticles(live);
