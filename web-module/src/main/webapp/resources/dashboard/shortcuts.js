// Keyboard shortcuts for the workspace, listed in the page's own dialog (#shortcuts): Alt+Down/Up next/previous chat,
// Ctrl+Enter send, Alt+Shift+R reply box, Alt+Shift+T transfer, Alt+Shift+C close, '?' the list. Keys are matched by
// event.code: on a Mac, Option+Shift+letter types a symbol, so event.key would not be the letter.
(function () {
  'use strict';
  var board = window.ShopfloorDashboard;
  var dialog = document.getElementById('shortcuts');
  var status = document.getElementById('shortcuts-status');
  if (!board || !dialog || !status) { return; }
  var reply = document.getElementById('reply');

  function typingIn(target) {
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  function visible(id) {
    var node = document.getElementById(id);
    return node && !node.closest('[hidden]') ? node : null; // closest() looks at the node itself too
  }

  // The list as the agent sees it, top to bottom; from no chat, Down opens the first and Up the last.
  function step(by) {
    var ids = Array.prototype.map.call(document.querySelectorAll('#chat-list [data-conversation]'), function (b) {
      return b.dataset.conversation;
    });
    if (!ids.length) { status.textContent = status.dataset.textNone; return; }
    var at = ids.indexOf(board.current());
    var next = at < 0 ? (by > 0 ? 0 : ids.length - 1) : (at + by + ids.length) % ids.length;
    board.open(ids[next]);
    var chat = board.chat(ids[next]);
    status.textContent = status.dataset.textOpened.replace('{0}', chat && chat.name ? chat.name : '')
      .replace('{1}', next + 1).replace('{2}', ids.length);
  }

  function act(event) {
    var letter = event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey ? event.code : null;
    if (event.altKey && !event.shiftKey && !event.ctrlKey && !event.metaKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      step(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.ctrlKey && !event.altKey && event.key === 'Enter') {
      var form = visible('reply-form');
      if (form && reply.value.trim()) { form.requestSubmit(); }
    } else if (letter === 'KeyR' && visible('reply-form')) {
      reply.focus();
    } else if (letter === 'KeyT' && visible('transfer-form')) {
      document.getElementById('transfer-to').focus();
    } else if (letter === 'KeyC' && visible('reply-form')) {
      document.getElementById('close-chat').click();
    } else if (event.key === '?' && !event.ctrlKey && !event.altKey && !event.metaKey && !typingIn(event.target)) {
      dialog.showModal();
    } else {
      return false;
    }
    return true;
  }

  document.addEventListener('keydown', function (event) {
    // Enter in the reply box was handled there already (send, or insert a canned answer); a dialog keeps its own keys.
    if (event.defaultPrevented || event.isComposing || dialog.open) { return; }
    if (act(event)) { event.preventDefault(); }
  });
  document.getElementById('shortcuts-open').addEventListener('click', function () { dialog.showModal(); });
}());
