// Notifications while the dashboard is open but not looked at (notifications N1, N2, N8, N10): a new chat, a shopper's
// message, a waiting-chat alarm and a take-over offer, as the agent chose them; a short tone for a new chat unless
// muted. Registers the service worker that shows Web Push messages when the dashboard is closed, and opens the chat a
// notification names (?chat=<id>, or the service worker's message when the dashboard is already open).
(function () {
  'use strict';
  var texts = document.getElementById('notification-texts');
  if (!texts || !window.ShopfloorDashboard) { return; }
  var t = texts.dataset;
  var context = t.context || '';
  var choices = { kinds: ['new_chat', 'message', 'waiting', 'take_over'], sound: true };
  var alarmed = {};
  var wanted = new URLSearchParams(location.search).get('chat');
  var audio = null;
  var workerFailed = false; // then ready never settles: show nothing rather than wait for it

  fetch(context + '/api/notifications/choices', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (c) { if (c) { choices = c; } })
    .catch(function () { /* keep the defaults: everything, with sound */ });

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(context + '/app/sw.js', { scope: context + '/dashboard/' })
      .catch(function (e) { workerFailed = true; console.warn('Shopfloor: no service worker', e); });
    navigator.serviceWorker.addEventListener('message', function (event) {
      if (event.data && event.data.type === 'open-chat' && event.data.chat) { openWhenKnown(event.data.chat); }
    });
  }

  function openWhenKnown(chat) {
    wanted = window.ShopfloorDashboard.open(chat) ? null : chat;
  }

  function wants(kind) { return choices.kinds.indexOf(kind) >= 0; }

  // N10 The tone needs an AudioContext, which browsers start only after the agent touched the page once.
  function unlockAudio() {
    if (!audio && window.AudioContext) { audio = new AudioContext(); }
    if (audio && audio.state === 'suspended') { audio.resume(); }
  }
  document.addEventListener('pointerdown', unlockAudio);
  document.addEventListener('keydown', unlockAudio);

  function tone() {
    if (!choices.sound || !audio || audio.state !== 'running') { return; }
    var oscillator = audio.createOscillator(), gain = audio.createGain();
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.2, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.35);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.35);
  }

  // N8 Only when the agent is not looking; the same tag as the pushed one, so the two are one notification.
  // The registration from ready, not from register(): a frame may come before register() has settled (it checks the
  // worker's script for an update first), and a notification must not be lost for that.
  function show(kind, chat) {
    if (!wants(kind) || !document.hidden || !('serviceWorker' in navigator) || workerFailed || !('Notification' in window)
        || Notification.permission !== 'granted') { return; }
    navigator.serviceWorker.ready.then(function (registration) {
      return registration.showNotification(t['title_' + kind], {
        body: t['body_' + kind], tag: kind + ':' + chat, icon: context + '/app/icon-192.png', data: { chat: chat, kind: kind }
      });
    }).catch(function (e) { console.warn('Shopfloor: notification not shown', e); });
  }

  // A socket that was lost (a phone's network, a server that closed it as too slow) comes back with a snapshot instead
  // of the frames in between: a chat given to the agent meanwhile is told of like one assigned while connected. The
  // first snapshot is what the page opened with, nothing new.
  var mine = {};           // id -> true: the agent's chats the page has heard of
  var reconnected = false; // after the first snapshot, every snapshot follows a reconnect
  function newChat(id) {
    mine[id] = true;
    if (wants('new_chat')) { tone(); }
    show('new_chat', id);
  }

  document.addEventListener('shopfloor:frame', function (event) {
    var f = event.detail;
    if (f.type === 'snapshot') {
      var before = mine;
      mine = {};
      f.chats.forEach(function (c) {
        if (reconnected && !before[c.id]) { newChat(c.id); } else { mine[c.id] = true; }
      });
      reconnected = true;
      if (wanted) { openWhenKnown(wanted); }
    } else if (f.type === 'assigned') {
      if (wanted === f.chat.id) { openWhenKnown(wanted); }
      newChat(f.chat.id);
    } else if (f.type === 'message' && f.from === 'shopper') {
      show('message', f.conversation);
    } else if (f.type === 'waiting') {
      var me = window.ShopfloorDashboard.me();
      f.chats.forEach(function (w) {
        if (alarmed[w.id]) { return; }
        alarmed[w.id] = true;
        show(w.agent === me ? 'waiting' : 'take_over', w.id);
      });
    }
  });
}());
