// The agent's notification settings on the profile page (notifications N2, N3, N10): which kinds, the tone for a new
// chat, and Web Push on this device (asks the browser's permission, subscribes with the server's VAPID key).
(function () {
  'use strict';
  var panel = document.querySelector('[data-sf=notification-settings]');
  if (!panel) { return; }
  var t = panel.dataset;
  var context = t.context || ''; // Faces leaves an empty context path's attribute out
  var api = context + '/api/notifications';
  var status = panel.querySelector('[data-sf=notify-status]');
  var kinds = panel.querySelectorAll('[data-sf=notify-kind]');
  var sound = panel.querySelector('[data-sf=notify-sound]');
  var enable = panel.querySelector('[data-sf=push-enable]');
  var disable = panel.querySelector('[data-sf=push-disable]');
  var json = { 'Content-Type': 'application/json', Accept: 'application/json' };

  function say(text) { status.textContent = text; }

  fetch(api + '/choices', { credentials: 'same-origin', headers: json }).then(function (r) { return r.json(); }).then(function (c) {
    kinds.forEach(function (box) { box.checked = c.kinds.indexOf(box.value) >= 0; });
    sound.checked = c.sound;
  });

  function save() {
    var chosen = Array.prototype.filter.call(kinds, function (box) { return box.checked; }).map(function (box) { return box.value; });
    fetch(api + '/choices', { method: 'PUT', credentials: 'same-origin', headers: json,
      body: JSON.stringify({ kinds: chosen, sound: sound.checked }) })
      .then(function (r) { say(r.ok ? t.textSaved : t.textSaveFailed); })
      .catch(function () { say(t.textSaveFailed); });
  }
  kinds.forEach(function (box) { box.addEventListener('change', save); });
  sound.addEventListener('change', save);

  var supported = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
  if (!supported) {
    enable.disabled = true;
    say(t.textUnsupported);
    return;
  }
  var worker = navigator.serviceWorker.register(context + '/app/sw.js', { scope: context + '/dashboard/' });

  function showState(subscribed) {
    enable.hidden = subscribed;
    disable.hidden = !subscribed;
    say(Notification.permission === 'denied' ? t.textDenied : subscribed ? t.textOn : t.textOff);
  }
  // N12 The browser's subscription may be another agent's (they subscribed here last) or ended by a log-out here: on
  // only when the server has it for this agent; "on" again re-sends it.
  worker.then(function (r) { return r.pushManager.getSubscription(); }).then(function (s) {
    if (!s) { return false; }
    return fetch(api + '/subscriptions?endpoint=' + encodeURIComponent(s.endpoint), { credentials: 'same-origin', headers: json })
      .then(function (r) { return r.ok; });
  }).then(showState).catch(function () { showState(false); });

  function applicationServerKey(base64url) {
    var raw = atob(base64url.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((base64url.length + 3) % 4));
    return Uint8Array.from(raw, function (c) { return c.charCodeAt(0); });
  }

  enable.addEventListener('click', function () {
    Notification.requestPermission().then(function (permission) {
      if (permission !== 'granted') { showState(false); return null; }
      return Promise.all([worker, fetch(api + '/key', { credentials: 'same-origin', headers: json }).then(function (r) { return r.json(); })])
        .then(function (both) {
          return both[0].pushManager.getSubscription().then(function (existing) {
            return existing || both[0].pushManager.subscribe({ userVisibleOnly: true,
              applicationServerKey: applicationServerKey(both[1].publicKey) });
          });
        })
        .then(function (subscription) {
          return fetch(api + '/subscriptions', { method: 'POST', credentials: 'same-origin', headers: json,
            body: JSON.stringify(subscription.toJSON()) });
        })
        .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } showState(true); });
    }).catch(function (e) { console.warn('Shopfloor: push not enabled', e); say(t.textFailed); });
  });

  disable.addEventListener('click', function () {
    worker.then(function (r) { return r.pushManager.getSubscription(); }).then(function (s) {
      if (!s) { showState(false); return null; }
      var endpoint = s.endpoint;
      return s.unsubscribe().then(function () {
        return fetch(api + '/subscriptions?endpoint=' + encodeURIComponent(endpoint), { method: 'DELETE', credentials: 'same-origin' });
      }).then(function () { showState(false); });
    }).catch(function () { say(t.textFailed); });
  });
}());
