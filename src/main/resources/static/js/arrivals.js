// Shows the plate field for cars and the number field for trains, flights and buses; fills the form for a known person.
(function () {
  function update() {
    var chosen = document.querySelector('.transport-mode:checked');
    var mode = chosen ? chosen.value : '';
    var plate = document.getElementById('plate-field');
    var number = document.getElementById('number-field');
    if (plate) { plate.hidden = mode !== 'CAR'; }
    if (number) { number.hidden = mode === 'CAR' || mode === 'OTHER'; }
  }
  document.addEventListener('change', function (e) {
    if (e.target.classList && e.target.classList.contains('transport-mode')) { update(); }
    // A known person picked: the form comes back filled in, one tap instead of a name, an ID and a phone typed.
    if (e.target.id === 'personId' && e.target.value && e.target.form && e.target.form.id === 'arrival-known') {
      e.target.form.submit();
    }
  });
  document.addEventListener('DOMContentLoaded', update);
  update();
})();
