// Suggested articles beside the open chat (knowledge K4): the shop's articles for the shopper's question (their first
// message), each with a button that sends its title and link to the shopper as the agent's message, through the
// dashboard's own socket. The agent decides; nothing is sent by itself. Everything is set with textContent.
(function () {
  'use strict';
  var panel = document.getElementById('suggestions');
  if (!panel) { return; }
  var t = panel.dataset, list = document.getElementById('suggestions-list');
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
    var send = document.createElement('button');
    send.type = 'button';
    send.className = 'sf-suggestion-send';
    send.dataset.sf = 'send-article';
    send.textContent = t.textSend;
    send.setAttribute('aria-label', t.textSend + ': ' + a.title);
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

  function show(answer) {
    list.textContent = '';
    question.textContent = answer.question ? t.textFor.replace('{0}', answer.question) : '';
    if (!answer.articles.length) { list.appendChild(line(t.textNone)); }
    answer.articles.forEach(function (a) { list.appendChild(article(a, answer.conversation)); });
    panel.setAttribute('aria-busy', 'false');
  }

  function load(id) {
    var request = ++loading;
    shownFor = id;
    panel.hidden = false;
    panel.setAttribute('aria-busy', 'true');
    list.textContent = '';
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
