/*
 * Agents' photos (agents A7): choose a file, see it, upload it to /api/photos/…, remove it. On the profile page a
 * chosen photo is previewed and saved with the button; on the agents page (admins) it is uploaded at once. Every
 * place on the page that shows the agent ([data-photo-of]) takes the new URL. Delegated from the document: the
 * agents table is re-rendered by Ajax.
 */
(function () {
  'use strict';
  var MAX_BYTES = 5 * 1024 * 1024;
  var chosen = new WeakMap();

  function text(key) {
    var texts = document.querySelector('[data-photo-texts]');
    return (texts && texts.getAttribute('data-text-' + key)) || '';
  }

  function say(message, error) {
    var status = document.getElementById('photo-status');
    status.textContent = message;
    status.classList.toggle('sf-photo-error', !!error);
  }

  function part(editor, name) {
    return editor.querySelector('[data-sf="' + name + '"]');
  }

  function preview(editor, file) {
    var box = part(editor, 'photo-preview-box');
    var save = part(editor, 'photo-save');
    if (save) save.disabled = !file;
    if (!box) return;
    box.hidden = !file;
    if (!file) return;
    // a data: URL, not blob: — the pages' img-src allows 'self' and data: only
    var reader = new FileReader();
    reader.onload = function () { part(editor, 'photo-preview').src = reader.result; };
    reader.readAsDataURL(file);
  }

  function show(editor, answer) {
    var context = editor.getAttribute('data-context') || '';
    var slots = document.querySelectorAll('[data-photo-of="' + editor.getAttribute('data-public-id') + '"]');
    slots.forEach(function (slot) {
      var url = slot.hasAttribute('data-small') ? answer.small : answer.photo;
      var shown;
      if (url) {
        shown = document.createElement('img');
        shown.src = context + url;
        shown.alt = slot.getAttribute('data-alt') || '';
      } else {
        shown = document.createElement('span');
        shown.textContent = slot.getAttribute('data-initial') || '';
        shown.setAttribute('aria-hidden', 'true');
        shown.classList.add('sf-initial');
      }
      shown.classList.add(slot.getAttribute('data-img-class'));
      slot.replaceChildren(shown);
    });
  }

  function send(editor, method, body, done) {
    say(text('sending'));
    editor.setAttribute('aria-busy', 'true');
    fetch(editor.getAttribute('data-url'), { method: method, body: body, credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().catch(function () { return {}; })
          .then(function (json) { return { ok: response.ok, json: json }; });
      })
      .then(function (answer) {
        if (!answer.ok) {
          say(text('error-' + answer.json.error) || text('error-failed'), true);
          return;
        }
        show(editor, answer.json);
        chosen.delete(editor);
        var file = part(editor, 'photo-file');
        if (file) file.value = '';
        preview(editor, null);
        say(text(done));
      }, function () { say(text('error-failed'), true); })
      .then(function () { editor.removeAttribute('aria-busy'); });
  }

  function upload(editor) {
    var file = chosen.get(editor);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      say(text('error-too_large'), true);
      return;
    }
    var data = new FormData();
    data.append('photo', file);
    send(editor, 'POST', data, 'saved');
  }

  document.addEventListener('change', function (event) {
    if (!event.target.matches('[data-sf="photo-file"]')) return;
    var editor = event.target.closest('[data-sf="photo-editor"]');
    var file = event.target.files && event.target.files[0];
    say('');
    if (file) chosen.set(editor, file); else chosen.delete(editor);
    if (editor.hasAttribute('data-auto')) upload(editor); else preview(editor, file);
  });

  document.addEventListener('submit', function (event) {
    if (!event.target.matches('[data-sf="photo-form"]')) return;
    event.preventDefault();
    upload(event.target.closest('[data-sf="photo-editor"]'));
  });

  document.addEventListener('click', function (event) {
    var remove = event.target.closest('[data-sf="photo-remove"]');
    if (remove) send(remove.closest('[data-sf="photo-editor"]'), 'DELETE', null, 'removed');
  });
})();
