// The workbench's only script (served from the jar; pages work without it). It adds keyboard
// shortcuts to the review queue and per-file progress to uploads.
(function () {
  'use strict';

  function reviewShortcuts() {
    var items = Array.prototype.slice.call(document.querySelectorAll('#queue .proposal'));
    if (!items.length) return;
    var current = 0;
    function focus(i) {
      current = Math.max(0, Math.min(items.length - 1, i));
      items.forEach(function (el) { el.classList.remove('current'); });
      items[current].classList.add('current');
      items[current].focus();
    }
    focus(0);
    document.addEventListener('keydown', function (e) {
      if (e.target && (e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT' || e.target.tagName === 'TEXTAREA')) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      var item = items[current];
      if (e.key === 'j') { focus(current + 1); e.preventDefault(); }
      else if (e.key === 'k') { focus(current - 1); e.preventDefault(); }
      else if (e.key === 'a') { item.querySelector('button.accept').click(); e.preventDefault(); }
      else if (e.key === 'r') { item.querySelector('button.reject').click(); e.preventDefault(); }
      else if (e.key === 'e') { item.querySelector('form.edit input[name=value]').focus(); e.preventDefault(); }
    });
  }

  function uploadProgress() {
    var form = document.getElementById('upload');
    if (!form || !window.XMLHttpRequest || !window.FormData) return;
    form.addEventListener('submit', function (e) {
      var input = document.getElementById('files');
      if (!input.files.length) return;
      e.preventDefault();
      var csrf = form.querySelector('input[name=csrf]').value;
      var list = document.getElementById('upload-results');
      list.textContent = '';
      Array.prototype.forEach.call(input.files, function (file) {
        var li = document.createElement('li');
        var name = document.createElement('span');
        name.textContent = file.name;
        var bar = document.createElement('span');
        bar.className = 'progress';
        var fill = document.createElement('span');
        bar.appendChild(fill);
        li.appendChild(name);
        li.appendChild(bar);
        list.appendChild(li);
        var data = new FormData();
        data.append('files', file, file.name);
        var xhr = new XMLHttpRequest();
        xhr.open('POST', '/api/v1/documents');
        xhr.setRequestHeader('X-CSRF-Token', csrf);
        xhr.upload.addEventListener('progress', function (p) {
          if (p.lengthComputable) fill.style.width = Math.round(100 * p.loaded / p.total) + '%';
        });
        xhr.addEventListener('load', function () {
          fill.style.width = '100%';
          var line;
          try {
            var body = JSON.parse(xhr.responseText);
            line = Array.isArray(body) ? body[0] : { status: 'failed', message: file.name + ': ' + body.error };
          } catch (err) {
            line = { status: 'failed', message: file.name + ': the server answered ' + xhr.status };
          }
          li.className = line.status === 'failed' ? 'error' : 'ok';
          li.textContent = '';
          if (line.doc) {
            var a = document.createElement('a');
            a.href = '/doc/' + encodeURIComponent(line.doc);
            a.textContent = line.message;
            li.appendChild(a);
          } else {
            li.textContent = line.message;
          }
        });
        xhr.send(data);
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    reviewShortcuts();
    uploadProgress();
  });
})();
