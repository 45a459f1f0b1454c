// planlint serve: drag and drop on the upload page, sorting and filtering of the batch table.
// Everything the page shows is set as text, never as markup.
(function () {
  'use strict';
  var form = document.getElementById('upload');
  if (form) {
    var drop = document.getElementById('drop');
    var input = document.getElementById('files');
    var chosen = document.getElementById('chosen');
    var list = function () {
      chosen.textContent = '';
      Array.prototype.forEach.call(input.files, function (f) {
        var li = document.createElement('li');
        li.textContent = f.name + '（' + Math.ceil(f.size / 1024) + ' KB）';
        chosen.appendChild(li);
      });
    };
    input.addEventListener('change', list);
    ['dragenter', 'dragover'].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      drop.addEventListener(t, function () { drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; list(); }
    });
    form.addEventListener('submit', function () { document.getElementById('sending').hidden = false; });
  }
  var table = document.getElementById('plans');
  if (table) {
    var body = table.tBodies[0];
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
      if (!th.dataset.sort) return;
      th.addEventListener('click', function () {
        var asc = !th.classList.contains('sorted-asc');
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.classList.remove('sorted-asc', 'sorted-desc'); });
        th.classList.add(asc ? 'sorted-asc' : 'sorted-desc');
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (r) {
          var t = r.cells[col].textContent.trim();
          return th.dataset.sort === 'num' ? (t === '' ? -1 : Number(t)) : t;
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = typeof x === 'number' ? x - y : x.localeCompare(y, 'zh-CN');
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var filter = document.getElementById('filter');
    filter.addEventListener('input', function () {
      var q = filter.value.trim().toLowerCase();
      Array.prototype.forEach.call(body.rows, function (r) {
        r.hidden = q !== '' && r.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
  }
})();
