// What every form does on a phone, kept in one file: a refused form points at its first mistake, and an ID
// number being typed tells who holds it before anything is sent (see forms.html and people/fragments.html).
(function () {
  if (window.bastionForms) { return; }
  window.bastionForms = true;

  // A picked field (a place) sends a hidden code; its mistakes point at the search box the worker types in.
  function byId(id) {
    var field = id ? document.getElementById(id) : null;
    if (field && field.type === 'hidden' && field.getAttribute('data-focus')) { return document.getElementById(field.getAttribute('data-focus')); }
    return field;
  }

  function labelOf(field) {
    var label = field && field.id ? document.querySelector('label[for="' + field.id + '"]') : null;
    if (!label && field) {
      var legend = field.closest('fieldset') && field.closest('fieldset').querySelector('legend');
      label = legend;
    }
    return label ? label.textContent.trim() : '';
  }

  // Each field with a message beside it is marked invalid and described by the message; the summary's links
  // name their field, and the first field in error takes the focus (the summary when no field has one).
  function showErrors(root) {
    var errors = root.querySelectorAll('.field-error[id$="-error"]');
    errors.forEach(function (error) {
      var field = byId(error.id.slice(0, -'-error'.length));
      if (field && field.matches('input, select, textarea')) {
        field.setAttribute('aria-invalid', 'true');
        var described = (field.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        if (described.indexOf(error.id) < 0) { described.push(error.id); }
        field.setAttribute('aria-describedby', described.join(' '));
      }
    });
    var summary = root.querySelector('.form-errors');
    if (!summary) { return; }
    // The server lists the form's own mistakes before the service's; the worker reads them top to bottom.
    var items = [];
    summary.querySelectorAll('a[data-field]').forEach(function (link) {
      var field = byId(link.getAttribute('data-field'));
      if (!field) { return; }
      if (!link.dataset.labelled) {
        var label = labelOf(field);
        if (label) { link.textContent = label + '：' + link.textContent; }
        link.dataset.labelled = 'true';
        link.addEventListener('click', function (e) {
          e.preventDefault();
          focus(field);
        });
      }
      items.push({ item: link.closest('li'), field: field });
    });
    items.sort(function (a, b) {
      return a.field.compareDocumentPosition(b.field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    items.forEach(function (entry) { entry.item.parentNode.appendChild(entry.item); });
    var first = items.length ? items[0].field : null;
    focus(first && !first.closest('[hidden]') ? first : summary);
  }

  function focus(element) {
    if (!element) { return; }
    element.focus({ preventScroll: true });
    element.scrollIntoView({ block: 'center' });
  }

  // ---- the holder of the ID number being typed
  var ID_COMPLETE = /^(\d{17}[\dXx]|\d{15})$/;
  var asked = 0;

  function idInputs() { return document.querySelectorAll('input[data-lookup]'); }

  function lookUp(input) {
    var form = input.form;
    var target = byId(input.getAttribute('data-lookup-target'));
    if (!target) { return; }
    var number = input.value.replace(/\s+/g, '').toUpperCase();
    var choice = form && form.elements.personChoice;
    if (choice) { choice.value = ''; }
    if (!ID_COMPLETE.test(number)) {
      target.innerHTML = '';
      return;
    }
    var nameField = byId(input.getAttribute('data-lookup-name'));
    var url = input.getAttribute('data-lookup') + (input.getAttribute('data-lookup').indexOf('?') < 0 ? '?' : '&')
      + 'idNumber=' + encodeURIComponent(number) + '&name=' + encodeURIComponent(nameField ? nameField.value.trim() : '');
    var mine = ++asked;
    fetch(url, { credentials: 'same-origin' })
      // A session that ended answers with the sign-in page: nothing to show beside the field.
      .then(function (response) { return response.ok && !response.redirected ? response.text() : ''; })
      .then(function (html) {
        if (mine !== asked) { return; }
        target.innerHTML = html;
        fill(form, target);
      })
      .catch(function () {
        // Offline or a dropped signal: the server checks the number again when the form is sent.
      });
  }

  // A known person's name and phone are typed in for the worker, where they typed nothing themselves.
  function fill(form, target) {
    var known = target.querySelector('[data-fill-name]');
    if (!known || !form) { return; }
    [['name', known.getAttribute('data-fill-name')], ['phone', known.getAttribute('data-fill-phone')]]
      .forEach(function (pair) {
        var field = form.elements[pair[0]];
        if (field && pair[1] && !field.value.trim()) { field.value = pair[1]; }
      });
  }

  function unresolved(form) {
    return form ? form.querySelector('[data-differs]:not([data-resolved])') : null;
  }

  document.addEventListener('input', function (e) {
    if (e.target.matches && e.target.matches('input[data-lookup]')) { lookUp(e.target); }
  });
  // The name changed after the number: ask again, the answer may now be "which is right?".
  document.addEventListener('change', function (e) {
    if (!e.target.id) { return; }
    idInputs().forEach(function (input) {
      if (input.getAttribute('data-lookup-name') === e.target.id && ID_COMPLETE.test(input.value.replace(/\s+/g, ''))) {
        lookUp(input);
      }
    });
  });

  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('[data-choose]');
    if (!button) { return; }
    var panel = button.closest('[data-differs]');
    var form = button.closest('form');
    if (!panel || !form) { return; }
    e.preventDefault();
    var idField = form.querySelector('input[data-lookup]');
    if (button.getAttribute('data-choose') === 'EXISTING') {
      // The arrival is the existing person's: their name goes into the form and the answer with it.
      if (form.elements.personChoice) { form.elements.personChoice.value = 'EXISTING'; }
      if (form.elements.name) { form.elements.name.value = panel.getAttribute('data-holder-name'); }
      panel.setAttribute('data-resolved', 'true');
      panel.classList.remove('alert');
      panel.classList.add('notice');
      panel.querySelectorAll('[data-choose]').forEach(function (b) { b.hidden = true; });
      var chosen = panel.querySelector('[data-chosen]');
      if (chosen) { chosen.hidden = false; }
    }
    else {
      panel.remove();
      if (form.elements.personChoice) { form.elements.personChoice.value = ''; }
      if (idField) { focus(idField); idField.select(); }
    }
  });

  // Nothing is sent while the worker has not said which person is right.
  document.addEventListener('submit', function (e) {
    var panel = unresolved(e.target);
    if (panel && !(e.submitter && e.submitter.hasAttribute('data-choose'))) {
      e.preventDefault();
      e.stopImmediatePropagation();
      focus(panel);
    }
  }, true);

  function start() { showErrors(document); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
  // A part of the page swapped in by htmx (a household's card) shows its mistakes the same way.
  document.addEventListener('htmx:afterSwap', function (e) { showErrors(e.detail.elt || document); });
})();
