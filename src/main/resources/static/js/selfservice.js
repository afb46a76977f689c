// Enhancement only: the paste page works without this file. It lets a customer drop an .eml file
// onto the page and shows which file was chosen. No inline script (see the CSP).
(function () {
  'use strict';
  var zone = document.getElementById('drop-zone');
  var input = document.getElementById('file');
  var chosen = document.getElementById('drop-chosen');
  if (!zone || !input || !window.DataTransfer) {
    return;
  }
  var hint = zone.querySelector('.drop-zone__hint');
  if (hint) {
    hint.hidden = false;
  }
  function showChosen() {
    if (input.files && input.files.length > 0) {
      chosen.textContent = input.files[0].name;
      chosen.hidden = false;
    }
  }
  ['dragenter', 'dragover'].forEach(function (name) {
    document.addEventListener(name, function (event) {
      event.preventDefault();
      zone.classList.add('is-dragging');
    });
  });
  ['dragleave', 'dragend'].forEach(function (name) {
    document.addEventListener(name, function () {
      zone.classList.remove('is-dragging');
    });
  });
  document.addEventListener('drop', function (event) {
    event.preventDefault();
    zone.classList.remove('is-dragging');
    if (event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files.length > 0) {
      var transfer = new DataTransfer();
      transfer.items.add(event.dataTransfer.files[0]);
      input.files = transfer.files;
      showChosen();
    }
  });
  input.addEventListener('change', showChosen);
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
}());
