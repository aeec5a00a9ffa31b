// The workspace on a phone (up to 40rem wide): chats, conversation and customer one at a time, chosen with the view
// bar's buttons; a chat that opens shows the conversation. The top bar's links sit behind the Menu button there. On a
// desktop the view bar and the Menu button are not displayed (dashboard.css) and all three columns show at once.
(function () {
  'use strict';
  var workspace = document.getElementById('workspace');
  var bar = document.getElementById('views');
  if (!workspace || !bar) { return; }
  var current = null;

  function show(view) {
    workspace.dataset.view = view;
    document.body.dataset.view = view;
    bar.querySelectorAll('button[data-view]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.dataset.view === view));
    });
  }

  bar.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-view]');
    if (button) { show(button.dataset.view); }
  });
  // A tap on a chat in the list: its conversation, with focus on its heading (the tapped button is no longer shown).
  document.getElementById('chat-list').addEventListener('click', function (event) {
    if (!event.target.closest('[data-sf=chat]') || workspace.dataset.view !== 'chats' || !bar.offsetParent) { return; }
    show('conversation');
    document.getElementById('conversation-heading').focus({ preventScroll: false });
  });
  // Another chat opened (a tap, a shortcut, the first one assigned): its conversation; none left: the list.
  document.addEventListener('shopfloor:chat', function (event) {
    var id = event.detail.conversation;
    if (id && id !== current) { show('conversation'); }
    if (!id && current) { show('chats'); }
    current = id;
  });
  // The keyboard's reply and transfer shortcuts (shortcuts.js) go to the conversation: shown first, before shortcuts.js
  // (listening on document, after this capturing listener) puts the focus there.
  window.addEventListener('keydown', function (event) {
    if (event.altKey && event.shiftKey && (event.code === 'KeyR' || event.code === 'KeyT') && current) { show('conversation'); }
  }, true);
  show(workspace.dataset.view || 'chats');

  var toggle = document.getElementById('menu-toggle');
  var menu = document.getElementById('top-menu');
  if (!toggle || !menu) { return; }
  function expand(open) {
    toggle.setAttribute('aria-expanded', String(open));
  }
  toggle.addEventListener('click', function () { expand(toggle.getAttribute('aria-expanded') !== 'true'); });
  toggle.parentElement.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') { expand(false); toggle.focus(); }
  });
}());
