// Canned answers in the reply box (answers A4-A6): '/' and a few letters open a list of the agent's and the shop's
// answers; arrows move, Enter or Tab inserts, Escape closes, a click or tap inserts. The server fills the
// placeholders (one owner, A6); a placeholder left unfilled is selected for the agent to type over.
(function () {
  'use strict';
  var reply = document.getElementById('reply');
  var list = document.getElementById('answers-list');
  var count = document.getElementById('answers-count');
  if (!reply || !list || !window.ShopfloorDashboard) { return; }
  var t = list.dataset;
  var board = window.ShopfloorDashboard;
  // The same characters as AnswerDraft.SHORTCUT, after a '/' at the start or after a space, up to the caret.
  var TOKEN = /(^|\s)\/([\p{L}\p{N}_-]{1,20})$/u;
  var shown = [];       // the answers in the list
  var active = -1;      // the highlighted one
  var token = null;     // {start, end} of '/word' in the reply
  var asked = 0;        // the latest request: older answers are dropped
  var inserting = false;

  // The reply stays a multi-line textbox (a combobox role is not allowed on a textarea); the list it controls and
  // its highlighted option are still named to assistive technology, and answers-count announces how many there are.
  reply.setAttribute('aria-autocomplete', 'list');
  reply.setAttribute('aria-controls', list.id);

  function api(path, options) {
    var base = location.pathname.substring(0, location.pathname.indexOf('/dashboard/'));
    return fetch(base + '/api/answers' + path, Object.assign({ credentials: 'same-origin' }, options)).then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    });
  }

  function language() {
    var chat = board.chat(board.current());
    return chat && chat.lang ? String(chat.lang).substring(0, 2) : '';
  }

  function look() {
    var caret = reply.selectionStart;
    var match = reply.selectionEnd === caret ? TOKEN.exec(reply.value.substring(0, caret)) : null;
    if (!match || !board.current()) { close(); return; }
    token = { start: caret - match[2].length - 1, end: caret };
    var mine = ++asked;
    api('/suggestions?q=' + encodeURIComponent(match[2]) + '&lang=' + encodeURIComponent(language())).then(function (answers) {
      if (mine === asked) { show(answers); }
    }).catch(function () { if (mine === asked) { close(); } });
  }

  function show(answers) {
    shown = answers;
    list.textContent = '';
    answers.forEach(function (answer, index) {
      var option = document.createElement('li');
      option.id = 'answer-option-' + index;
      option.setAttribute('role', 'option');
      option.dataset.sf = 'answer-option';
      option.dataset.shortcut = answer.shortcut;
      var shortcut = document.createElement('strong');
      shortcut.textContent = '/' + answer.shortcut;
      var title = document.createElement('span');
      title.textContent = answer.title + ' (' + answer.language + ')';
      var text = document.createElement('span');
      text.className = 'sf-muted';
      text.textContent = answer.text;
      option.append(shortcut, title, text);
      // mousedown, not click: the reply keeps its focus and caret
      option.addEventListener('mousedown', function (event) { event.preventDefault(); insert(index); });
      list.appendChild(option);
    });
    var open = answers.length > 0;
    list.hidden = !open;
    count.textContent = open ? (answers.length === 1 ? t.textOne : t.textMany.replace('{0}', answers.length)) : t.textNone;
    highlight(open ? 0 : -1);
  }

  function highlight(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (option, i) {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) { option.scrollIntoView({ block: 'nearest' }); }
    });
    if (index < 0) { reply.removeAttribute('aria-activedescendant'); } else { reply.setAttribute('aria-activedescendant', 'answer-option-' + index); }
  }

  function close() {
    asked++;
    shown = [];
    token = null;
    list.hidden = true;
    list.textContent = '';
    highlight(-1);
  }

  function insert(index) {
    var answer = shown[index], at = token, conversation = board.current();
    if (!answer || !at || !conversation) { return; }
    close();
    inserting = true;
    api('/' + encodeURIComponent(answer.id) + '/uses', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ conversation: conversation })
    }).then(function (filled) {
      if (board.current() !== conversation || reply.value.substring(at.start, at.end).charAt(0) !== '/') { return; }
      reply.value = reply.value.substring(0, at.start) + filled.text + reply.value.substring(at.end);
      var first = filled.unfilled.length ? reply.value.indexOf(filled.unfilled[0], at.start) : -1;
      if (first >= 0) { reply.setSelectionRange(first, first + filled.unfilled[0].length); } else {
        reply.setSelectionRange(at.start + filled.text.length, at.start + filled.text.length);
      }
      count.textContent = filled.unfilled.length ? t.textUnfilled : t.textInserted;
      reply.dispatchEvent(new Event('input'));
    }).catch(function () { count.textContent = t.textFailed; }).finally(function () {
      inserting = false;
      reply.focus();
    });
  }

  // Capturing on the form runs before dashboard.js's Enter-to-send on the reply, which stays as it was while the
  // list is closed.
  reply.form.addEventListener('keydown', function (event) {
    if (event.target !== reply) { return; }
    if (inserting && event.key === 'Enter') { event.preventDefault(); event.stopImmediatePropagation(); return; }
    if (list.hidden || !shown.length) { return; }
    var handled = true;
    if (event.key === 'ArrowDown') { highlight((active + 1) % shown.length); }
    else if (event.key === 'ArrowUp') { highlight((active - 1 + shown.length) % shown.length); }
    else if ((event.key === 'Enter' && !event.shiftKey) || (event.key === 'Tab' && !event.shiftKey)) { insert(active); }
    else if (event.key === 'Escape') { close(); }
    else { handled = false; }
    if (handled) { event.preventDefault(); event.stopImmediatePropagation(); }
  }, true);
  reply.addEventListener('input', function () { if (!inserting) { look(); } });
  reply.addEventListener('blur', close);
  document.addEventListener('shopfloor:chat', close);
}());
