// The place picker (jurisdictions/picker.html): typing a name asks the server for the places of the
// viewer's area, "下级" walks one level down, and a tap puts the place's code in the hidden field the form
// sends. Text typed after a pick clears the code, so a stale place is never sent under a new name; a whole
// code typed is sent as it is.
(function () {
  if (window.bastionPicker) { return; }
  window.bastionPicker = true;

  var timers = {};

  function partsOf(el) {
    var picker = el.closest('.picker');
    if (!picker) { return null; }
    return {
      picker: picker,
      search: picker.querySelector('.picker-search'),
      hidden: picker.querySelector('input[type=hidden]'),
      list: picker.querySelector('.picker-choices')
    };
  }

  function show(parts, query) {
    var url = parts.search.getAttribute('data-choices') + '?' + query;
    fetch(url, { credentials: 'same-origin', headers: { 'HX-Request': 'true' } })
      .then(function (response) { return response.ok ? response.text() : ''; })
      .then(function (html) {
        parts.list.innerHTML = html;
        parts.list.hidden = html.trim() === '';
        parts.search.setAttribute('aria-expanded', String(!parts.list.hidden));
      })
      .catch(function () { /* offline: the worker keeps typing; nothing is lost */ });
  }

  function pick(parts, code, label) {
    parts.hidden.value = code;
    parts.search.value = label;
    parts.list.hidden = true;
    parts.list.innerHTML = '';
    parts.search.setAttribute('aria-expanded', 'false');
    parts.hidden.dispatchEvent(new Event('change', { bubbles: true }));
  }

  document.addEventListener('input', function (e) {
    if (!e.target.classList || !e.target.classList.contains('picker-search')) { return; }
    var parts = partsOf(e.target);
    // A code typed whole is taken as it is: a worker who knows it, or a phone offline, needs no list.
    var typed = e.target.value.trim();
    parts.hidden.value = /^[0-9]{6,14}$/.test(typed) ? typed : '';
    var id = e.target.id;
    clearTimeout(timers[id]);
    timers[id] = setTimeout(function () { show(parts, 'q=' + encodeURIComponent(e.target.value.trim())); }, 250);
  });

  // A tap in the box opens the worker's own area to walk down from, or the places matching what was typed.
  document.addEventListener('focusin', function (e) {
    if (!e.target.classList || !e.target.classList.contains('picker-search')) { return; }
    var parts = partsOf(e.target);
    if (!parts.list.hidden) { return; }
    var typed = parts.hidden.value ? '' : e.target.value.trim();
    show(parts, 'q=' + encodeURIComponent(typed));
  });

  document.addEventListener('click', function (e) {
    var choice = e.target.closest && e.target.closest('.picker-choice');
    if (choice) {
      pick(partsOf(choice), choice.getAttribute('data-code'), choice.getAttribute('data-label'));
      return;
    }
    var open = e.target.closest && e.target.closest('.picker-open');
    if (open) { show(partsOf(open), 'parent=' + encodeURIComponent(open.getAttribute('data-parent'))); }
  });
})();
