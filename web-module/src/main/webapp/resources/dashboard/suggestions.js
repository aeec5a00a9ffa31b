// Suggested articles and canned answers beside the open chat (knowledge K4, answers A9), for the shopper's question
// (their first message). An article's button sends its title and link as the agent's message, through the dashboard's
// own socket; an answer's has the server fill it in first and sends it, or, with a placeholder left unfilled, puts it
// in the reply box for the agent to finish. The agent decides; nothing is sent by itself. Everything is textContent.
(function () {
  'use strict';
  var panel = document.getElementById('suggestions');
  if (!panel) { return; }
  var t = panel.dataset, list = document.getElementById('suggestions-list'), answers = document.getElementById('suggested-answers');
  var question = document.getElementById('suggestions-question'), status = document.getElementById('suggestions-status');
  var loading = 0, shownFor = null;

  function contextPath() { return location.pathname.substring(0, location.pathname.indexOf('/dashboard/')); }

  function line(text, className) {
    var li = document.createElement('li');
    li.className = className || 'sf-muted';
    li.textContent = text;
    return li;
  }

  function clientId() { return 'k' + Date.now().toString(36) + Math.random().toString(36).slice(2, 10); }

  function article(a, conversation) {
    var li = document.createElement('li');
    li.dataset.sf = 'suggested-article';
    var link = document.createElement('a');
    link.href = a.url; link.target = '_blank'; link.rel = 'noopener noreferrer';
    link.textContent = a.title;
    var send = sendButton(a.title, 'send-article');
    send.addEventListener('click', function () {
      var board = window.ShopfloorDashboard; // dashboard.js comes after this file
      if (!board || board.current() !== conversation) { return; }
      if (board.send({ type: 'message', conversation: conversation, clientId: clientId(), text: a.title + ' ' + a.url })) {
        status.textContent = t.textSent.replace('{0}', a.title);
      }
    });
    li.append(link, ' ', send);
    return li;
  }

  function sendButton(label, dataSf) {
    var send = document.createElement('button');
    send.type = 'button';
    send.className = 'sf-suggestion-send';
    send.dataset.sf = dataSf;
    send.textContent = t.textSend;
    send.setAttribute('aria-label', t.textSend + ': ' + label);
    return send;
  }

  function fillIn(filled) {
    var reply = document.getElementById('reply');
    var start = reply.value && !/\s$/.test(reply.value) ? reply.value.length + 1 : reply.value.length;
    reply.value = (start > reply.value.length ? reply.value + ' ' : reply.value) + filled.text;
    var at = reply.value.indexOf(filled.unfilled[0], start);
    reply.focus();
    reply.setSelectionRange(at, at + filled.unfilled[0].length);
    reply.dispatchEvent(new Event('input'));
    status.textContent = t.textAnswersFill.replace('{0}', filled.unfilled.join(', '));
  }

  function cannedAnswer(a, conversation) {
    var li = document.createElement('li');
    li.dataset.sf = 'suggested-answer';
    li.dataset.shortcut = a.shortcut;
    var title = document.createElement('strong');
    title.textContent = a.title;
    var text = document.createElement('span');
    text.className = 'sf-muted sf-suggested-text';
    text.textContent = a.text;
    var send = sendButton(a.title, 'send-answer');
    send.addEventListener('click', function () {
      var board = window.ShopfloorDashboard;
      if (!board || board.current() !== conversation) { return; }
      send.disabled = true;
      fetch(contextPath() + '/api/answers/' + encodeURIComponent(a.id) + '/uses', {
        method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ conversation: conversation })
      }).then(function (response) { if (!response.ok) { throw new Error('HTTP ' + response.status); } return response.json(); })
        .then(function (filled) {
          if (board.current() !== conversation) { return; }
          if (filled.unfilled.length) { fillIn(filled); return; }
          if (board.send({ type: 'message', conversation: conversation, clientId: clientId(), text: filled.text })) {
            status.textContent = t.textSent.replace('{0}', a.title);
          }
        })
        .catch(function () { status.textContent = t.textFailed; })
        .finally(function () { send.disabled = false; });
    });
    li.append(title, ' ', send, text);
    return li;
  }

  function show(answer) {
    list.textContent = '';
    answers.textContent = '';
    question.textContent = answer.question ? t.textFor.replace('{0}', answer.question) : '';
    if (!answer.articles.length) { list.appendChild(line(t.textNone)); }
    answer.articles.forEach(function (a) { list.appendChild(article(a, answer.conversation)); });
    if (!answer.answers.length) { answers.appendChild(line(t.textAnswersNone)); }
    answer.answers.forEach(function (a) { answers.appendChild(cannedAnswer(a, answer.conversation)); });
    panel.setAttribute('aria-busy', 'false');
  }

  function load(id) {
    var request = ++loading;
    shownFor = id;
    panel.hidden = false;
    panel.setAttribute('aria-busy', 'true');
    list.textContent = '';
    answers.textContent = '';
    list.appendChild(line(t.textLoading));
    fetch(contextPath() + '/api/conversations/' + encodeURIComponent(id) + '/suggestions',
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { if (!response.ok) { throw new Error('HTTP ' + response.status); } return response.json(); })
      .then(function (answer) { if (request === loading) { show(answer); } })
      .catch(function () {
        if (request !== loading) { return; }
        list.textContent = '';
        list.appendChild(line(t.textFailed));
        panel.setAttribute('aria-busy', 'false');
      });
  }

  document.addEventListener('shopfloor:chat', function (event) {
    var id = event.detail && event.detail.conversation;
    if (!id) { loading++; shownFor = null; panel.hidden = true; return; }
    if (id !== shownFor) { load(id); }
  });
  // the shopper's first message may arrive after the chat opened (a chat started without a question)
  document.addEventListener('shopfloor:frame', function (event) {
    var f = event.detail;
    if (f && f.type === 'message' && f.from === 'shopper' && f.conversation === shownFor && !question.textContent) { load(shownFor); }
  });
}());
