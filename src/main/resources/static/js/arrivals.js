// Shows the plate field for cars and the number field for trains, flights and buses.
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
  });
  document.addEventListener('DOMContentLoaded', update);
  update();
})();
