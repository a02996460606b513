/**
 * The pages' stylesheet and their one small script, served from memory so the Worker needs no
 * files. The pages work without the script: it keeps training progress in this browser, copies
 * the letter's wording, and sends a pasted request as JSON (so any request the API takes fits).
 */
export const pageStyles = `
:root { --ink: #1b1f24; --muted: #4a5561; --line: #c6ccd3; --bg: #ffffff; --soft: #f3f5f7; --accent: #1d4f91;
  --error: #a4161a; --error-bg: #fdecec; --warn: #7a4a00; --warn-bg: #fff4dc; --ok: #1e6b34; --ok-bg: #e8f5ec; --focus: #ffbf47; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; box-shadow: 0 0 0 6px var(--focus); }
/* Regions focused by the page itself (skip link, results) are not controls: no ring around them. */
[tabindex="-1"]:focus { outline: none; box-shadow: none; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
header.site { background: var(--accent); color: #fff; }
header.site .bar { max-width: 75rem; margin: 0 auto; padding: .75rem 1.25rem; display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: center; }
header.site a { color: #fff; }
.brand { margin: 0; font-weight: 700; font-size: 1.25rem; }
.brand span { font-weight: 400; font-size: .9rem; opacity: .95; margin-left: .5rem; }
header.site ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; }
header.site [aria-current] { font-weight: 700; text-decoration-thickness: 3px; }
.langs { margin-left: auto; }
main { display: block; max-width: 75rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
footer.site { border-top: 1px solid var(--line); color: var(--muted); }
footer.site p { max-width: 75rem; margin: 0 auto; padding: 1rem 1.25rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 1rem 0 .5rem; }
h2 { font-size: 1.45rem; margin: 2rem 0 .5rem; }
h3 { font-size: 1.15rem; margin: 1.25rem 0 .4rem; }
h4, h5 { font-size: 1rem; margin: 1rem 0 .3rem; }
.lead { font-size: 1.1rem; max-width: 48rem; }
.note { background: var(--soft); border-left: 4px solid var(--accent); padding: .5rem .75rem; max-width: 48rem; }
.hint { color: var(--muted); font-size: .9rem; margin: .1rem 0 .3rem; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .9em; background: var(--soft); padding: 0 .25rem; border-radius: 3px; }
.digest { word-break: break-all; }
pre { white-space: pre-wrap; word-break: break-word; background: var(--soft); padding: .5rem; margin: 0; }
.crumbs { margin: .75rem 0 0; }
fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 1rem 0; padding: .75rem 1rem 1rem; }
fieldset.line, fieldset.sub { margin: .5rem 0; background: var(--soft); }
legend { font-weight: 700; padding: 0 .35rem; }
.grid { display: grid; gap: .75rem 1.25rem; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); align-items: start; }
.field label { display: block; font-weight: 600; margin-bottom: .2rem; }
.field.check { display: flex; gap: .5rem; align-items: flex-start; flex-wrap: wrap; margin: .35rem 0; }
.field.check label { font-weight: 400; flex: 1; margin: 0; }
.field.check input { width: 1.25rem; height: 1.25rem; margin: .15rem 0 0; flex: none; }
.field.check .field-error, .field.check .hint { flex-basis: 100%; }
input[type=text], input[type=date], select, textarea { font: inherit; width: 100%; padding: .4rem .5rem; border: 2px solid var(--muted); border-radius: 4px; background: #fff; color: var(--ink); min-height: 2.5rem; }
textarea { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85rem; }
.has-error input, .has-error select { border-color: var(--error); }
.field-error { color: var(--error); font-weight: 600; margin: .2rem 0 0; }
button { font: inherit; font-weight: 600; padding: .55rem 1.1rem; border-radius: 4px; border: 2px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; min-height: 2.75rem; }
button.secondary { background: #fff; color: var(--accent); }
.actions { margin: 1rem 0; }
form.inline { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: 1rem 0; }
form.inline label { font-weight: 600; }
form.inline select { width: auto; }
.form-title { flex-basis: 100%; font-weight: 700; }
details { margin: 1rem 0; }
summary { cursor: pointer; font-weight: 600; padding: .25rem 0; }
.error-summary { border: 3px solid var(--error); padding: .75rem 1rem; margin: 1rem 0; background: var(--error-bg); }
.error-summary h2, .error-summary h3 { margin-top: 0; }
.error-summary a { color: var(--error); font-weight: 600; }
.verdict { font-size: 1.15rem; font-weight: 700; padding: .6rem .9rem; border-radius: 6px; border-left: 8px solid; }
.verdict-blocked { background: var(--error-bg); border-color: var(--error); color: var(--error); }
.verdict-warnings { background: var(--warn-bg); border-color: var(--warn); color: var(--warn); }
.verdict-clear { background: var(--ok-bg); border-color: var(--ok); color: var(--ok); }
.finding, .rule, .card, .wording article { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 6px; padding: .5rem 1rem .75rem; margin: .75rem 0; background: #fff; }
.severity-error { border-left-color: var(--error); }
.severity-warning { border-left-color: var(--warn); }
.finding h3, .finding h4, .finding h5, .rule h3, .rule h4 { margin-top: .35rem; }
.badge { display: inline-block; font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; padding: .05rem .4rem; border-radius: 3px; background: var(--soft); border: 1px solid var(--muted); }
.severity-error .badge { background: var(--error-bg); color: var(--error); border-color: var(--error); }
.severity-warning .badge { background: var(--warn-bg); color: var(--warn); border-color: var(--warn); }
.meta { color: var(--muted); font-size: .9rem; margin: 0; }
.undetermined, .review { font-weight: 700; color: var(--warn); }
.message { font-size: 1.02rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
caption { text-align: left; font-weight: 700; padding: .25rem 0; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); padding: .35rem .5rem; }
thead th { border-bottom: 2px solid var(--muted); }
tr.changed { background: var(--warn-bg); }
td.before { background: var(--error-bg); }
td.after { background: var(--ok-bg); }
.citations { display: inline; list-style: none; padding: 0; margin: 0; }
.citations li { display: inline; }
.citations li + li::before { content: " · "; }
.basis span { font-weight: 600; margin-right: .35rem; }
.wording article { border-left-color: var(--accent); }
.versions { padding-left: 1.25rem; }
.status { font-weight: 700; }
.status-draft { color: var(--warn); }
.facts { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr; gap: .25rem 1rem; margin: .5rem 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.law-beside { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem 1.5rem; align-items: start; }
.law { border-left: 4px solid var(--accent); padding-left: .75rem; }
.law figure { margin: 0 0 .5rem; }
.law blockquote { margin: 0; font-style: italic; }
.law figcaption { font-size: .9rem; color: var(--muted); }
.review-confirmed { font-weight: 700; color: var(--ok); }
.review-needs-legal-review { font-weight: 700; color: var(--warn); }
.cond ul { margin: .2rem 0; padding-left: 1.25rem; }
.fact code { font-size: .8em; color: var(--muted); }
.localized { display: grid; grid-template-columns: 2.5rem 1fr; gap: .15rem .5rem; margin: 0; }
.localized dt { font-weight: 700; }
.localized dd { margin: 0; }
.sides { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr); }
.finding, .rule, .card { overflow-wrap: break-word; }
.finding code, .rule code, .card code, .fact code { overflow-wrap: anywhere; }
@media (min-width: 56rem) { .sides { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.cards { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); }
.card h2 { font-size: 1.1rem; margin: .25rem 0; }
.progress { font-weight: 600; margin: .25rem 0 0; }
.right { color: var(--ok); }
.wrong { color: var(--error); }
.feedback { border: 2px solid var(--accent); border-radius: 6px; padding: .25rem 1rem 1rem; margin: 1rem 0; }
.marks > li { margin: .5rem 0; }
.summary-list { display: grid; grid-template-columns: 1fr; gap: 0; margin: .5rem 0; }
.summary-list div { display: grid; grid-template-columns: minmax(10rem, 22rem) 1fr; gap: 1rem; border-bottom: 1px solid var(--line); padding: .25rem 0; }
.summary-list dt { font-weight: 600; }
.summary-list dd { margin: 0; }
.coverage li { margin: .2rem 0; }
@media (max-width: 40rem) { .facts, .summary-list div, .law-beside { grid-template-columns: 1fr; } .langs { margin-left: 0; } }
.signout { margin: 0; }
button.link { background: none; border: 2px solid #fff; color: #fff; min-height: 2.25rem; padding: .2rem .75rem; }
button.small { min-height: 2.25rem; padding: .2rem .6rem; font-size: .9rem; }
.changes { border: 2px solid var(--accent); border-radius: 6px; padding: .25rem 1rem .75rem; margin: 1rem 0; }
.changes ol { padding-left: 1.25rem; }
.changes > ol > li { margin: .6rem 0; }
.changes ul { padding-left: 1rem; }
.changes ul li { margin: .35rem 0; }
.change-title { margin: 0; }
.rule-id { font-size: .8em; color: var(--muted); }
details.because summary { font-weight: 600; }
.wording .block { margin: .75rem 0; }
.wording .block article { margin-bottom: .35rem; }
.copy-status { min-height: 1.5rem; color: var(--ok); font-weight: 600; }
.compare-summary { font-weight: 600; }
ins.word { background: var(--ok-bg); text-decoration: underline; text-decoration-thickness: 2px; color: var(--ok); }
del.word { background: var(--error-bg); color: var(--error); }
.overall { font-weight: 600; }
.next { margin: 1.5rem 0; font-weight: 600; }
input, select, textarea, button { max-width: 100%; }
main, .results, .side-result, fieldset { min-width: 0; }
@media (max-width: 30rem) {
  header.site .bar { padding: .5rem .75rem; gap: .4rem 1rem; }
  .brand span { display: block; margin: 0; }
  main { padding: .5rem .75rem 2rem; }
  fieldset { padding: .5rem .6rem .75rem; margin: .75rem 0; }
  .grid { grid-template-columns: minmax(0, 1fr); }
  th, td { padding: .3rem .3rem; }
  h1 { font-size: 1.6rem; }
}
`;

export const pageScript = `
(() => {
  'use strict';
  // Training progress lives in this browser only; the server never sees it.
  const KEY = 'hjemmel.training.v1';
  const load = () => { try { return JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch { return {}; } };
  const save = (data) => { try { localStorage.setItem(KEY, JSON.stringify(data)); } catch { /* storage off: nothing kept */ } };
  document.addEventListener('DOMContentLoaded', () => {
    const scored = document.querySelector('[data-progress-scenario]');
    if (scored) {
      const data = load();
      const id = scored.dataset.progressScenario;
      const score = Number(scored.dataset.score), max = Number(scored.dataset.max);
      const best = data[id] && data[id].best > score ? data[id].best : score;
      data[id] = { best, max, last: score };
      save(data);
      const feedback = document.getElementById('feedback');
      if (feedback) feedback.focus();
    }
    const slots = document.querySelectorAll('[data-progress-for]');
    if (slots.length) {
      const data = load();
      slots.forEach((slot) => {
        const entry = data[slot.dataset.progressFor];
        slot.textContent = entry ? slot.dataset.best.replace('{score}', entry.best).replace('{max}', entry.max) : slot.dataset.none;
        slot.hidden = false;
      });
      const reset = document.querySelector('[data-progress-reset]');
      if (reset) {
        reset.hidden = false;
        reset.addEventListener('click', () => { save({}); slots.forEach((slot) => { slot.textContent = slot.dataset.none; }); showOverall(); });
      }
    }
    showOverall();
    revealCopyButtons();
  });

  const revealCopyButtons = () => document.querySelectorAll('[data-copy]').forEach((button) => { button.hidden = false; });

  // How many scenarios this browser has tried, of all.
  function showOverall() {
    const overall = document.querySelector('[data-progress-overall]');
    if (!overall) return;
    const done = Object.keys(load()).length;
    overall.textContent = overall.dataset.text.replace('{done}', done).replace('{total}', overall.dataset.progressOverall);
    overall.hidden = false;
  }

  // Copying the letter's wording: one block, or all of them, as plain text with a blank line between blocks.
  const blockText = (article) => [...article.querySelectorAll('[data-copy-text]')].map((el) => el.textContent.trim()).join('\\n');
  document.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-copy]');
    if (!button) return;
    const scope = button.closest('[data-copy-scope]');
    const articles = button.dataset.copy === 'all' ? [...scope.querySelectorAll('article[data-wording]')] : [button.parentElement.querySelector('article[data-wording]')];
    const status = scope.querySelector('.copy-status');
    try {
      await navigator.clipboard.writeText(articles.map(blockText).join('\\n\\n'));
      if (status) status.textContent = button.dataset.copied;
    } catch { /* no clipboard: the text stays on the page to select */ }
  });

  // A pasted request goes as JSON, as the API takes it, so a request up to the API's limit fits
  // (form encoding would about double it); the page that comes back replaces this one. Too large:
  // said at the box, and the text stays where it is.
  document.addEventListener('click', async (event) => {
    const button = event.target.closest('[data-send-json]');
    if (!button || !window.fetch) return;
    event.preventDefault();
    const form = button.form;
    const box = form.querySelector('#f-json');
    const status = form.querySelector('#f-json-status');
    // (form.action would be the buttons named "action", not the attribute.)
    const query = new URLSearchParams(new URL(form.getAttribute('action'), location.href).search);
    new FormData(form).forEach((value, name) => {
      if (/^pin[AB]\\./.test(name) && value) query.set(name, value);
      if (name === 'compare') query.set('compare', value);
    });
    // The body is the request as pasted, so the session's CSRF token goes in a header (see session.tsx).
    const headers = { 'content-type': 'application/json' };
    const csrf = form.querySelector('input[name="csrf"]');
    if (csrf) headers['x-csrf-token'] = csrf.value;
    const response = await fetch('/lab?' + query.toString(), { method: 'POST', headers, body: box.value, credentials: 'same-origin' });
    if (response.status === 413) { status.textContent = box.dataset.tooLarge; box.setAttribute('aria-invalid', 'true'); box.focus(); return; }
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    document.title = page.title;
    document.body.replaceWith(document.adoptNode(page.body));
    revealCopyButtons();
    const result = document.getElementById('result');
    if (result) { result.scrollIntoView(); result.focus(); }
  });
})();
`;
