// The agent's live workspace: chats, conversation and reply over /ws/agent. Every text is set with
// textContent: what shoppers type is shown as text, never as markup.
(function () {
  'use strict';
  var root = document.getElementById('workspace');
  if (!root) { return; }
  var t = root.dataset;
  var el = function (id) { return document.getElementById(id); };
  // Bidi controls (U+202E ...) in shopper text could make an agent read it reordered: strip them, and isolate
  // the text (dir=auto) so it cannot reorder what stands around it either.
  var BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
  var shopperText = function (node, text) {
    node.textContent = text === undefined || text === null ? '' : String(text).replace(BIDI, '');
    node.dir = 'auto';
    return node;
  };
  var list = el('chat-list'), messages = el('messages'), form = el('reply-form'), reply = el('reply');
  var chats = {};          // id -> summary
  var current = null;      // open conversation id
  var pending = {};        // clientId -> {conversation, text}
  var socket = null, retry = 0, typingSent = 0, typingTimer = null;
  var waiting = [];        // the shop's chats waiting too long for a first answer
  var colleagues = { agents: [], teams: [] };
  var me = null;

  function connect() {
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + contextPath() + '/ws/agent';
    socket = new WebSocket(url);
    socket.onopen = function () {
      retry = 0;
      el('connection').hidden = true;
      if (current) { send({ type: 'open', conversation: current }); }
      Object.keys(pending).forEach(function (id) {
        send({ type: 'message', conversation: pending[id].conversation, clientId: id, text: pending[id].text });
      });
    };
    socket.onmessage = function (event) { handle(JSON.parse(event.data)); };
    socket.onclose = function () {
      el('connection').textContent = t.textLost;
      el('connection').hidden = false;
      presence.disabled = true;
      retry = Math.min(retry + 1, 5);
      setTimeout(connect, 500 * Math.pow(2, retry));
    };
  }

  function contextPath() {
    var path = location.pathname;
    return path.substring(0, path.indexOf('/dashboard/'));
  }

  function send(frame) {
    if (socket && socket.readyState === WebSocket.OPEN) { socket.send(JSON.stringify(frame)); return true; }
    return false;
  }

  var handlers = {
    snapshot: function (f) {
      chats = {};
      f.chats.forEach(function (c) { chats[c.id] = c; });
      me = f.agent.username;
      showStatus(f.agent.status);
      renderList();
      if (current && !chats[current]) { current = null; }
      if (!current && f.chats.length) { openChat(f.chats[0].id); }
    },
    presence: function (f) { showStatus(f.status); },
    assigned: function (f) {
      chats[f.chat.id] = f.chat;
      f.chat.unread = !!f.chat.lastText;
      renderList();
      renderWaiting();
      if (!current) { openChat(f.chat.id); }
    },
    conversation: function (f) {
      if (f.conversation.id !== current) { return; }
      chats[current] = Object.assign(chats[current] || {}, f.conversation);
      messages.textContent = '';
      f.messages.forEach(addMessage);
      showInfo(f.conversation);
      showWhy(f.conversation.routing);
      showOpenState(f.conversation.status === 'open');
      chatChanged(current);
    },
    message: function (f) {
      if (f.clientId) { delete pending[f.clientId]; }
      var chat = chats[f.conversation];
      if (chat) { chat.lastText = f.text; chat.lastFrom = f.from; chat.unread = f.conversation !== current; }
      if (f.conversation === current) { addMessage(f); el('typing').textContent = ''; }
      renderList();
    },
    ack: function (f) { delete pending[f.clientId]; },
    // the shopper opened another page or changed their cart: the customer panel shows it
    shopper: function (f) { document.dispatchEvent(new CustomEvent('shopfloor:shopper', { detail: f })); },
    waiting: function (f) { waiting = f.chats; renderWaiting(); },
    colleagues: function (f) { colleagues = f; renderTransferChoices(); },
    unassigned: function (f) {
      delete chats[f.conversation];
      if (f.conversation === current) {
        current = null;
        messages.textContent = '';
        form.hidden = true;
        el('transfer-form').hidden = true;
        el('info').hidden = true;
        showWhy(null);
        el('conversation-heading').textContent = t.textChatNone;
        chatChanged(null);
      }
      renderList();
    },
    typing: function (f) {
      if (f.conversation === current) { shopperText(el('typing'), f.on ? (chats[current].name + ' ' + t.textTyping) : ''); }
    },
    closed: function (f) {
      if (f.conversation === current) { showOpenState(false); chatChanged(current); }
      delete chats[f.conversation];
      renderList();
    },
    error: function (f) {
      if (f.code === 'agent_unavailable' || f.code === 'no_agent') {
        el('transfer-error').textContent = t.textTransferFailed;
        el('transfer-error').hidden = false;
      }
      console.warn('Shopfloor:', f.code, f.message);
    }
  };

  // The customer panel (customer-panel.js) follows the open chat.
  function chatChanged(id) {
    document.dispatchEvent(new CustomEvent('shopfloor:chat', { detail: { conversation: id } }));
  }

  // Every frame, after the workspace handled it, for the parts that live in their own files (notifications, answers,
  // suggestions): they listen to 'shopfloor:frame' and act through window.ShopfloorDashboard.
  function handle(frame) {
    (handlers[frame.type] || function () {})(frame);
    document.dispatchEvent(new CustomEvent('shopfloor:frame', { detail: frame }));
  }

  // The waiting-chat alarm: every colleague sees who waits too long, and for how long, and can take over.
  function renderWaiting() {
    var list = el('waiting-list');
    list.textContent = '';
    el('waiting').hidden = waiting.length === 0;
    el('waiting-count').textContent = waiting.length ? '(' + waiting.length + ')' : '';
    waiting.forEach(function (w) {
      var item = document.createElement('li');
      item.dataset.sf = 'waiting-chat';
      item.dataset.conversation = w.id;
      var who = document.createElement('strong');
      shopperText(who, w.name);
      var since = document.createElement('span');
      since.className = 'sf-since';
      since.dataset.since = w.since;
      var withAgent = document.createElement('span');
      withAgent.className = 'sf-muted';
      withAgent.textContent = t.textWith + ' ' + w.agentName;
      item.append(who, since, withAgent);
      if (!chats[w.id]) {
        var take = document.createElement('button');
        take.type = 'button';
        take.className = 'sf-button';
        take.dataset.sf = 'takeover';
        take.textContent = t.textTakeover;
        take.setAttribute('aria-label', t.textTakeover + ': ' + w.name);
        take.addEventListener('click', function () { send({ type: 'takeover', conversation: w.id }); });
        item.appendChild(take);
      }
      list.appendChild(item);
    });
    tickWaiting();
  }

  function tickWaiting() {
    el('waiting-list').querySelectorAll('[data-since]').forEach(function (span) {
      var seconds = Math.max(0, Math.round((Date.now() - new Date(span.dataset.since).getTime()) / 1000));
      span.textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
    });
  }
  setInterval(tickWaiting, 1000);

  // Presence: the radio buttons show what the server last said (snapshot, presence frames: one's own choice, a
  // roster's step); a choice goes over the socket, and only the presence frame that follows makes it the shown one.
  var presence = el('presence-choice');
  var shownStatus = null;
  presence.addEventListener('change', function (event) {
    if (!send({ type: 'presence', status: event.target.value })) { showStatus(shownStatus); }
  });

  function showStatus(status) {
    shownStatus = status;
    presence.disabled = false;
    var radio = presence.querySelector('input[value="' + status + '"]');
    if (radio) { radio.checked = true; }
    var live = el('live-status');
    var key = 'textStatus' + status.split('_').map(function (part) { return part.charAt(0).toUpperCase() + part.slice(1); }).join('');
    live.textContent = t[key] || status;
    live.className = 'sf-live sf-' + status;
  }

  function renderList() {
    list.textContent = '';
    var ids = Object.keys(chats);
    el('chats-empty').hidden = ids.length > 0;
    ids.forEach(function (id) {
      var chat = chats[id];
      var item = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sf-chat' + (id === current ? ' sf-current' : '') + (chat.unread ? ' sf-unread' : '');
      button.dataset.sf = 'chat';
      button.dataset.conversation = id;
      if (id === current) { button.setAttribute('aria-current', 'true'); }
      var name = document.createElement('strong');
      shopperText(name, chat.name);
      var topic = document.createElement('span');
      topic.className = 'sf-muted';
      topic.textContent = chat.topicLabel;
      var last = document.createElement('span');
      last.className = 'sf-last';
      shopperText(last, chat.lastText);
      button.append(name, topic, last);
      button.addEventListener('click', function () { openChat(id); });
      item.appendChild(button);
      list.appendChild(item);
    });
  }

  function openChat(id) {
    current = id;
    chats[id].unread = false;
    shopperText(el('conversation-heading'), chats[id].name);
    messages.textContent = '';
    el('typing').textContent = '';
    renderList();
    send({ type: 'open', conversation: id });
  }

  function addMessage(m) {
    if (m.id && messages.querySelector('[data-id="' + m.id + '"]')) { return; }
    var item = document.createElement('div');
    item.className = 'sf-message sf-from-' + m.from;
    item.dataset.sf = 'agent-message';
    item.dataset.from = m.from;
    if (m.id) { item.dataset.id = m.id; }
    var text = document.createElement('p');
    shopperText(text, m.text);
    var time = document.createElement('time');
    time.dateTime = m.at;
    time.textContent = new Date(m.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    item.append(text, time);
    messages.appendChild(item);
    messages.scrollTop = messages.scrollHeight;
  }

  function showInfo(c) {
    var info = el('info');
    info.hidden = false;
    info.querySelectorAll('[data-field]').forEach(function (dd) {
      var field = dd.dataset.field;
      dd.textContent = '';
      if (field === 'page') {
        if (/^https?:\/\//.test(c.pageUrl)) {
          var link = document.createElement('a');
          link.href = c.pageUrl;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          shopperText(link, c.pageTitle || c.pageUrl);
          dd.appendChild(link);
        } else { shopperText(dd, c.pageTitle); }
      } else if (field === 'startedAt') {
        dd.textContent = new Date(c.startedAt).toLocaleString();
      } else { shopperText(dd, c[field]); }
    });
  }

  // Why routing gave this chat to this agent: the shopper's choice, or every candidate's score in parts.
  function showWhy(routing) {
    var why = el('why');
    why.hidden = !routing;
    if (!routing) { return; }
    var body = el('why-table').querySelector('tbody');
    body.textContent = '';
    el('why-chosen').textContent = routing.transferredBy ? t.textTransferredBy + ' ' + (routing.transferredByName || routing.transferredBy)
      + (routing.note ? ': \u201c' + routing.note + '\u201d' : '')
      : routing.takenOver ? t.textTakenOver
      : routing.chosenByShopper ? (routing.waited ? t.textWhyWaited : t.textWhyChosen) : '';
    el('why-table').hidden = !routing.candidates;
    (routing.candidates || []).forEach(function (c) {
      var row = document.createElement('tr');
      if (c.agent === routing.chosen) { row.className = 'sf-chosen'; }
      var who = document.createElement('th');
      who.scope = 'row';
      who.textContent = c.name + ' (' + c.openChats + '/' + c.maxChats + ')';
      var score = document.createElement('td');
      score.textContent = c.total + ' = ' + [c.ownAgent, c.skills, c.workload, c.waiting, c.performance,
        c.satisfaction, c.conversion].filter(function (part) { return part !== undefined; }).join(' / ');
      var learned = document.createElement('td');
      learned.appendChild(window.ShopfloorWhyLearned(c, routing.topic || ''));
      row.append(who, score, learned);
      body.appendChild(row);
    });
  }

  function renderTransferChoices() {
    var select = el('transfer-to');
    var chosen = select.value;
    select.textContent = '';
    var people = document.createElement('optgroup');
    people.label = t.textColleagues;
    colleagues.agents.filter(function (a) { return a.id !== me; }).forEach(function (a) {
      var option = document.createElement('option');
      option.value = 'agent:' + a.id;
      option.textContent = a.name + (a.available ? '' : ' (' + t.textUnavailable + ')');
      option.disabled = !a.available;
      people.appendChild(option);
    });
    var teams = document.createElement('optgroup');
    teams.label = t.textTeams;
    colleagues.teams.forEach(function (team) {
      var option = document.createElement('option');
      option.value = 'team:' + team.id;
      option.textContent = team.name;
      teams.appendChild(option);
    });
    select.append(people, teams);
    if (chosen) { select.value = chosen; }
  }

  function showOpenState(open) {
    el('transfer-form').hidden = !open;
    el('transfer-error').hidden = true;
    form.hidden = !open;
    if (!open) {
      var note = document.createElement('p');
      note.className = 'sf-muted';
      note.dataset.sf = 'chat-closed';
      note.textContent = t.textClosed;
      messages.appendChild(note);
    }
  }

  function clientId() {
    return 'a' + Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = reply.value.trim();
    if (!text || !current) { return; }
    var id = clientId();
    pending[id] = { conversation: current, text: text };
    send({ type: 'message', conversation: current, clientId: id, text: text });
    send({ type: 'typing', conversation: current, on: false });
    typingSent = 0;
    reply.value = '';
    reply.focus();
  });
  reply.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });
  reply.addEventListener('input', function () {
    if (!current) { return; }
    var now = Date.now();
    if (now - typingSent > 2000) { send({ type: 'typing', conversation: current, on: true }); typingSent = now; }
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { send({ type: 'typing', conversation: current, on: false }); typingSent = 0; }, 3000);
  });
  el('transfer-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var to = el('transfer-to').value;
    if (!current || !to) { return; }
    el('transfer-error').hidden = true;
    var frame = { type: 'transfer', conversation: current, to: to };
    var note = el('transfer-note').value.trim();
    if (note) { frame.note = note; }
    send(frame);
    el('transfer-note').value = '';
  });
  el('close-chat').addEventListener('click', function () {
    if (current) { send({ type: 'close', conversation: current }); }
  });
  window.ShopfloorDashboard = {
    current: function () { return current; },
    chat: function (id) { return chats[id] || null; },
    chats: function () { return Object.keys(chats).map(function (id) { return chats[id]; }); },
    me: function () { return me; },
    open: function (id) { if (chats[id]) { openChat(id); return true; } return false; },
    send: send
  };
  connect();
}());
