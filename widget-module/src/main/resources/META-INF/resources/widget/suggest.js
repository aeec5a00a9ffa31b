/* Shopfloor widget - the shop's articles under the question field (knowledge K4). After a pause in typing the
 * widget asks over its socket ('suggest') and shows up to three articles as links that open in a new tab, announced
 * politely. Beside a human, never instead of one: the form starts the chat or sends the message as before. */
window.Shopfloor.push(['_part', 'suggest', function (core, dom) {
  'use strict';
  var h = dom.h, t = core.t, ref = 0, answer = null;
  var PAUSE = 600, MIN = 4, MAX = 300; // the server reads no more than 300 characters either
  core.hooks.push(function (f) { if (f.type === 'suggestions' && answer && f.ref === answer.ref) answer.show(f.articles || []) });

  // field: the <textarea> the shopper types the question in; returns the block to place under it
  return function (field) {
    var timer, asked = '', n = 0;
    var list = h('ul', { 'class': 'sf-suggest-list' });
    var box = h('div', { 'class': 'sf-suggest', 'data-sf': 'suggestions', hidden: true },
      h('p', { 'class': 'sf-suggest-title' }, t('suggest.title')), list);
    var live = h('p', { 'class': 'sf-vh', role: 'status' }); // outside the box: a live region must exist before it speaks
    field.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(ask, PAUSE) });

    function ask() {
      var q = field.value.trim().slice(0, MAX);
      if (q === asked) return;
      asked = q;
      if (q.length < MIN) return show([]);
      answer = { ref: ++ref, show: show };
      core.send({ type: 'suggest', text: q, ref: answer.ref });
    }
    function show(articles) {
      var links = articles.slice(0, 3).filter(function (a) { return a && a.title && /^https?:/.test(core.url(a.url)) });
      list.replaceChildren.apply(list, links.map(function (a) {
        return h('li', {}, h('a', { href: core.url(a.url), target: '_blank', rel: 'noopener noreferrer', 'data-sf': 'suggestion' },
          String(a.title), h('span', { 'class': 'sf-vh' }, ' ' + t('suggest.newTab'))));
      }));
      box.hidden = !links.length;
      var say = links.length ? t('suggest.found', links.length) : '';
      if (say !== live.textContent || links.length !== n) live.textContent = say;
      n = links.length;
    }
    return h('div', {}, box, live);
  };
}]);
