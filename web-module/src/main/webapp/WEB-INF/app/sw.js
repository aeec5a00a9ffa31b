// The dashboard's service worker (notifications N5, N8, N9): shows a pushed notification and, on a click, brings the
// dashboard forward with that chat open. No caching of pages: the dashboard is live or it is nothing.
'use strict';

self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });

function dashboards() {
  return self.clients.matchAll({ type: 'window', includeUncontrolled: true });
}

function isWorkspace(client) {
  var path = new URL(client.url).pathname;
  var scope = new URL(self.registration.scope).pathname;
  return path === scope || path === scope + 'index.xhtml';
}

// N8: while the workspace is visible and focused, the agent sees the chat already; the page shows nothing either then.
// Otherwise one notification per kind and chat: the page's own (same tag) is replaced, not doubled.
self.addEventListener('push', function (event) {
  var data;
  try { data = event.data ? event.data.json() : {}; } catch (e) { data = {}; }
  event.waitUntil(dashboards().then(function (windows) {
    if (windows.some(function (w) { return isWorkspace(w) && w.visibilityState === 'visible' && w.focused; })) { return undefined; }
    return self.registration.showNotification(data.title || 'Shopfloor', {
      body: data.body || '',
      tag: data.tag || undefined,
      icon: 'icon-192.png',
      badge: 'icon-192.png',
      data: { chat: data.chat || null, kind: data.kind || null }
    });
  }));
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var chat = event.notification.data && event.notification.data.chat;
  var url = self.registration.scope + (chat ? '?chat=' + encodeURIComponent(chat) : '');
  event.waitUntil(dashboards().then(function (windows) {
    var open = windows.filter(isWorkspace)[0];
    if (open) {
      open.postMessage({ type: 'open-chat', chat: chat });
      return open.focus();
    }
    return self.clients.openWindow(url);
  }));
});
