// The roadside form: as many occupant rows as the count says, and no plate for a person on foot or a bicycle.
(function () {
	'use strict';
	const form = document.getElementById('passage-form');
	if (!form) {
		return;
	}
	const count = document.getElementById('occupantCount');
	const rows = Array.from(form.querySelectorAll('.passage-occupant'));
	const plate = document.getElementById('plate-field');

	function showRows() {
		const n = Math.max(1, Math.min(rows.length, parseInt(count.value, 10) || 1));
		rows.forEach((row, i) => { row.hidden = i >= n; });
	}

	function showPlate() {
		const chosen = form.querySelector('input.passage-vehicle:checked');
		plate.hidden = !!chosen && (chosen.value === 'ON_FOOT' || chosen.value === 'BICYCLE');
		if (plate.hidden) {
			plate.querySelector('input').value = '';
		}
	}

	count.addEventListener('input', showRows);
	form.querySelectorAll('input.passage-vehicle').forEach(radio => radio.addEventListener('change', showPlate));
	showRows();
	showPlate();
	if (!document.getElementById('form-errors')) {
		const first = form.querySelector('#plate-field:not([hidden]) input') || form.querySelector('.passage-occupant input');
		if (first) {
			first.focus({ preventScroll: true });
		}
	}
})();
