/*
 * The field queue: what a grid worker types into a field form is kept on the phone (IndexedDB, through
 * the idb webjar) before it is sent, so that a network gone at the doorway, a send that fails half-way or a
 * browser killed loses nothing.
 *
 * Any form marked data-offline takes part, whatever it records; its hidden clientId field names the entry,
 * and the server stores a client id once, so an entry sent twice (a reply lost on the way back) is stored
 * once. On submit the entry is written to the phone first; with a network the form then goes as it always
 * did (a page or htmx), without one it stays on the phone and the form is ready for the next. Entries
 * left on the phone are sent in the order they were made when the network returns (on any page), each as
 * the form would have sent it. The server's answer says what became of each: another page means stored,
 * the form's own page again or a refusal on the page it leads to (data-offline-refusal) means refused, and
 * the refusal's words (the server's, in the worker's language) stay with the entry until the worker opens it
 * back in its form, fixes and sends it again, or deletes it (page /offline). Sign-out empties the phone:
 * the entries, after asking when some are not sent, and the pages the service worker kept.
 */
(function () {
	'use strict';

	const script = document.getElementById('offline-queue');
	const text = script.dataset;
	const DB = 'bastion-field';
	const STORE = 'entries';
	/** What is typed into a form before it is submitted, one per form, so a browser killed mid-way loses none of it. */
	const DRAFTS = 'drafts';
	const FIX = '#offline-entry=';
	const KEPT = '#offline-kept';
	const RETRY_MS = 30000;
	const userMeta = document.querySelector('meta[name="bastion-user"]');
	const user = userMeta ? userMeta.content : null;

	if ('serviceWorker' in navigator) {
		navigator.serviceWorker.register(text.worker).catch(() => undefined);
	}
	if (!window.idb || !window.indexedDB) {
		return;
	}
	if (!user) {
		// A sign-out that did not pass through this page's form (another tab, the session ended by the
		// server and then signed out) still leaves nothing behind.
		if (new URLSearchParams(location.search).has('logout')) {
			clearPhone();
		}
		return;
	}

	// Another account signed in on this phone without signing out first (a session that ran out): the pages
	// kept were the other person's, of the other person's area. Their unsent entries stay theirs, unsent.
	const owner = localStorage.getItem('bastion-phone-user');
	if (owner !== user) {
		localStorage.setItem('bastion-phone-user', user);
		if (owner && window.caches) {
			caches.delete('bastion-pages');
		}
	}

	let database;
	function store() {
		database = database || idb.openDB(DB, 2, {
			upgrade(db, oldVersion) {
				if (oldVersion < 1) {
					db.createObjectStore(STORE, { keyPath: 'id' });
				}
				if (oldVersion < 2) {
					db.createObjectStore(DRAFTS, { keyPath: 'key' });
				}
			}
		});
		return database;
	}

	async function all() {
		const entries = await (await store()).getAll(STORE);
		return entries.filter(entry => entry.user === user).sort((a, b) => a.created - b.created);
	}

	async function put(entry) {
		await (await store()).put(STORE, entry);
	}

	async function remove(id) {
		await (await store()).delete(STORE, id);
	}

	async function get(id) {
		const entry = await (await store()).get(STORE, id);
		return entry && entry.user === user ? entry : null;
	}

	function newId() {
		if (window.crypto && crypto.randomUUID) {
			return crypto.randomUUID();
		}
		const bytes = crypto.getRandomValues(new Uint8Array(16));
		return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
	}

	function format(message, ...values) {
		return values.reduce((done, value, i) => done.replace('{' + i + '}', value), message);
	}

	function idField(form) {
		return form.querySelector('input[name="clientId"]');
	}

	/** A line a person recognises the entry by: the page's heading, what was typed first, the button pressed. */
	function summary(form, submitter) {
		const heading = document.querySelector('main h1');
		const card = form.closest('li');
		const place = card && card.querySelector('strong');
		const typed = Array.from(form.querySelectorAll('input[type="text"], input[type="tel"], input[type="number"]'))
			.map(input => input.value.trim())
			.filter(value => value)
			.slice(0, 2);
		const parts = [heading ? heading.textContent.trim() : document.title];
		if (place) {
			parts.push(place.textContent.trim());
		}
		parts.push(...typed);
		if (submitter && submitter.textContent.trim()) {
			parts.push(submitter.textContent.trim());
		}
		return parts.join(' · ');
	}

	function entryOf(form, submitter) {
		const field = idField(form);
		if (field && !field.value) {
			field.value = newId();
		}
		const fields = [];
		let data;
		try {
			data = new FormData(form, submitter || undefined);
		}
		catch (notASubmitter) {
			data = new FormData(form);
		}
		for (const [name, value] of data) {
			if (typeof value === 'string') {
				fields.push([name, value]);
			}
		}
		return {
			id: field ? field.value : newId(),
			user: user,
			action: new URL(form.action, location.href).href,
			page: location.pathname + location.search,
			summary: summary(form, submitter),
			fields: fields,
			created: Date.now(),
			state: 'sending',
			reasons: []
		};
	}

	// ---- on the page: submit, kept, resolved

	// A form sent by htmx (the household visits' cards) is caught before htmx sends it; any other after the
	// page's own scripts had their say, so that a form they stopped (a check of their own) is left alone.
	document.addEventListener('submit', event => {
		if (event.target instanceof HTMLFormElement && sentByHtmx(event.target)) {
			onSubmit(event);
		}
	}, true);
	document.addEventListener('submit', event => {
		if (event.target instanceof HTMLFormElement && !sentByHtmx(event.target) && !event.defaultPrevented) {
			onSubmit(event);
		}
	});

	function sentByHtmx(form) {
		return form.hasAttribute('hx-post') || form.hasAttribute('data-hx-post');
	}

	async function onSubmit(event) {
		const form = event.target;
		if (form.dataset.offlinePass) {
			delete form.dataset.offlinePass;
			return;
		}
		if (form.classList.contains('logout')) {
			event.preventDefault();
			await signOut(form);
			return;
		}
		if (!form.hasAttribute('data-offline')) {
			return;
		}
		event.preventDefault();
		event.stopImmediatePropagation();
		const submitter = event.submitter;
		const entry = entryOf(form, submitter);
		const earlier = await get(entry.id);
		if (earlier) {
			entry.created = earlier.created;
		}
		if (!navigator.onLine) {
			entry.state = 'waiting';
			await put(entry);
			await forgetDraft(form);
			keptOnPhone(form);
			return;
		}
		await put(entry);
		await forgetDraft(form);
		form.dataset.offlineEntry = entry.id;
		form.dataset.offlinePass = '1';
		if (submitter && submitter.form === form) {
			form.requestSubmit(submitter);
		}
		else {
			form.requestSubmit();
		}
	}

	/** The entry is on the phone: say so, and make the form ready for the next one under a new id. */
	function keptOnPhone(form) {
		const field = idField(form);
		form.reset();
		if (field) {
			field.value = newId();
		}
		clearFixing();
		if (location.hash.startsWith(FIX)) {
			history.replaceState(null, '', location.pathname + location.search);
		}
		say(form, text.kept, 'offline-kept');
		const first = form.querySelector('input:not([type="hidden"]), select, textarea');
		if (first) {
			first.focus();
		}
		render();
	}

	function say(form, message, id) {
		let note = document.getElementById(id);
		if (!note) {
			note = document.createElement('p');
			note.id = id;
			note.className = 'notice';
			note.setAttribute('role', 'status');
			form.parentNode.insertBefore(note, form);
		}
		note.textContent = message;
	}

	// An htmx form (the household visits' cards) answered by the server: the worker sees the answer in the
	// card, so the copy on the phone is done with; a send that never arrived stays on the phone.
	document.addEventListener('htmx:afterRequest', async event => {
		const form = event.detail.elt;
		if (!(form instanceof HTMLFormElement) || !form.dataset.offlineEntry) {
			return;
		}
		const id = form.dataset.offlineEntry;
		delete form.dataset.offlineEntry;
		if (event.detail.xhr && event.detail.xhr.status > 0) {
			await remove(id);
		}
		else {
			const entry = await get(id);
			if (entry) {
				entry.state = 'waiting';
				await put(entry);
			}
			keptOnPhone(form);
		}
		render();
	});

	/**
	 * What the page says about entries sent from the page before: the server named the one it answered with
	 * another page (bastion-sent), a form refused comes back holding its entry's id. Every other entry still
	 * marked as being sent never got an answer and waits.
	 */
	async function settle() {
		const entries = await all();
		const kept = location.hash === KEPT;
		const sent = document.querySelector('meta[name="bastion-sent"]');
		const shown = new Set(Array.from(document.querySelectorAll('form[data-offline]'))
			.map(form => idField(form))
			.filter(field => field && field.value)
			.map(field => field.value));
		for (const entry of entries) {
			if (entry.state !== 'sending') {
				continue;
			}
			if (!kept && ((sent && sent.content === entry.id) || shown.has(entry.id))) {
				await remove(entry.id);
			}
			else {
				entry.state = 'waiting';
				await put(entry);
			}
		}
		if (kept) {
			history.replaceState(null, '', location.pathname + location.search);
			const form = document.querySelector('form[data-offline]');
			if (form) {
				keptOnPhone(form);
			}
		}
		// A page kept by the service worker holds the id of an entry already on the phone: the next one
		// typed into it is another entry.
		const waiting = new Set((await all()).map(entry => entry.id));
		const fixing = location.hash.startsWith(FIX) ? decodeURIComponent(location.hash.substring(FIX.length)) : null;
		for (const form of document.querySelectorAll('form[data-offline]')) {
			const field = idField(form);
			if (field && waiting.has(field.value) && field.value !== fixing) {
				field.value = newId();
			}
		}
		if (fixing) {
			await openForFixing(fixing);
		}
		await restoreDrafts(fixing);
	}

	// ---- what is typed and not yet submitted

	function draftKey(form) {
		return user + ' ' + new URL(form.action, location.href).href;
	}

	const drafting = new WeakMap();
	document.addEventListener('input', event => keepDraft(event.target.form));
	document.addEventListener('change', event => keepDraft(event.target.form));

	function keepDraft(form) {
		if (!form || !form.hasAttribute('data-offline') || restoring) {
			return;
		}
		clearTimeout(drafting.get(form));
		drafting.set(form, setTimeout(async () => {
			const fields = [];
			for (const [name, value] of new FormData(form)) {
				if (typeof value === 'string' && name !== '_csrf' && name !== 'clientId') {
					fields.push([name, value]);
				}
			}
			await (await store()).put(DRAFTS, { key: draftKey(form), user: user, fields: fields, saved: Date.now() });
			form.dataset.offlineDraft = 'kept';
		}, 300));
	}

	async function forgetDraft(form) {
		clearTimeout(drafting.get(form));
		delete form.dataset.offlineDraft;
		await (await store()).delete(DRAFTS, draftKey(form));
	}

	let restoring = false;

	/** A form opened again shows what was typed into it last time, unless the server just answered it. */
	async function restoreDrafts(fixing) {
		for (const form of document.querySelectorAll('form[data-offline]')) {
			const draft = await (await store()).get(DRAFTS, draftKey(form));
			if (!draft || fixing || form.querySelector('.field-error, .alert')) {
				continue;
			}
			restoring = true;
			try {
				fill(form, draft.fields, true);
			}
			finally {
				restoring = false;
			}
			form.dataset.offlineDraft = 'restored';
			const note = document.createElement('p');
			note.className = 'notice';
			note.id = 'offline-draft';
			note.textContent = text.draftRestored + ' ';
			const clear = document.createElement('button');
			clear.type = 'button';
			clear.className = 'btn-link';
			clear.id = 'offline-draft-clear';
			clear.textContent = text.draftClear;
			clear.addEventListener('click', async () => {
				await forgetDraft(form);
				const field = idField(form);
				const id = field ? field.value : null;
				form.reset();
				if (field) {
					field.value = id;
				}
				note.remove();
			});
			note.appendChild(clear);
			form.parentNode.insertBefore(note, form);
		}
	}

	// ---- fixing a refused entry in its own form

	async function openForFixing(id) {
		const entry = await get(id);
		const form = entry && (Array.from(document.querySelectorAll('form[data-offline]'))
			.find(candidate => new URL(candidate.action, location.href).href === entry.action)
			|| document.querySelector('form[data-offline]'));
		if (!form) {
			return;
		}
		fill(form, entry.fields);
		const box = document.createElement('div');
		box.className = 'alert';
		box.id = 'offline-fixing';
		box.setAttribute('role', 'alert');
		const intro = document.createElement('p');
		intro.textContent = text.fixing;
		box.appendChild(intro);
		const list = document.createElement('ul');
		for (const reason of entry.reasons) {
			const item = document.createElement('li');
			item.textContent = reason.label ? reason.label + '：' + reason.message : reason.message;
			list.appendChild(item);
		}
		box.appendChild(list);
		form.parentNode.insertBefore(box, form);
		box.scrollIntoView();
	}

	function clearFixing() {
		const box = document.getElementById('offline-fixing');
		if (box) {
			box.remove();
		}
	}

	function fill(form, fields, draft) {
		const values = new Map();
		for (const [name, value] of fields) {
			if (name !== '_csrf' && !(draft && name === 'clientId')) {
				values.set(name, (values.get(name) || []).concat(value));
			}
		}
		const seen = new Map();
		for (const element of form.elements) {
			const name = element.name;
			if (!name || name === '_csrf' || !values.has(name) || element.type === 'submit' || element.type === 'button'
					|| (draft && element.type === 'hidden')) {
				continue;
			}
			const given = values.get(name);
			if (element.type === 'checkbox' || element.type === 'radio') {
				element.checked = given.includes(element.value);
			}
			else {
				const index = seen.get(name) || 0;
				seen.set(name, index + 1);
				element.value = index < given.length ? given[index] : '';
			}
			element.dispatchEvent(new Event('change', { bubbles: true }));
		}
	}

	// ---- sending what waits

	let syncing = false;
	let signInNeeded = false;
	let lastSent = 0;

	/**
	 * A token of this session, or null when the session is gone. Asked before sending, not after a refusal: a
	 * form sent without a session, or a sign-in page followed to, would start a session of its own and spoil the
	 * token of a sign-in form open meanwhile. So the redirect is not followed, and the request says it is
	 * a script's, which the server does not keep to come back to after the sign-in.
	 */
	async function freshToken() {
		const response = await fetch(text.queue, {
			credentials: 'same-origin', cache: 'no-store', redirect: 'manual',
			headers: { 'X-Requested-With': 'XMLHttpRequest' }
		});
		if (response.type === 'opaqueredirect' || onSignIn(response) || !response.ok) {
			signInNeeded = true;
			return null;
		}
		const page = new DOMParser().parseFromString(await response.text(), 'text/html');
		const field = page.querySelector('input[name="_csrf"]');
		return field ? field.value : null;
	}

	function onSignIn(response) {
		return new URL(response.url).pathname === new URL(text.login, location.href).pathname;
	}

	async function sync() {
		if (syncing || !navigator.onLine) {
			return;
		}
		syncing = true;
		signInNeeded = false;
		lastSent = 0;
		let token = null;
		try {
			for (const entry of await all()) {
				if (entry.state !== 'waiting') {
					continue;
				}
				if (!token) {
					// This page's own token may be of a session that ended while the entries waited.
					token = await freshToken();
					if (!token) {
						break;
					}
				}
				render(true);
				let answer = await send(entry, token);
				if (answer === 'token') {
					token = await freshToken();
					answer = token ? await send(entry, token) : 'stop';
				}
				if (answer === 'stop' || answer === 'token') {
					break;
				}
			}
		}
		catch (offline) {
			// The network went again: what was not sent waits for the next time.
		}
		finally {
			syncing = false;
			render();
		}
	}

	async function send(entry, token) {
		const body = new URLSearchParams();
		for (const [name, value] of entry.fields) {
			if (name !== '_csrf') {
				body.append(name, value);
			}
		}
		if (token) {
			body.append('_csrf', token);
		}
		let response;
		try {
			response = await fetch(entry.action, { method: 'POST', body: body, credentials: 'same-origin' });
		}
		catch (offline) {
			return 'stop';
		}
		if (onSignIn(response)) {
			signInNeeded = true;
			return 'stop';
		}
		if (response.status === 403 && !entry.tokenRetried) {
			entry.tokenRetried = true;
			return 'token';
		}
		if (response.status >= 500 || response.status === 429) {
			// The server's trouble, not the entry's: it waits.
			return 'stop';
		}
		const page = new DOMParser().parseFromString(await response.text(), 'text/html');
		const reasons = response.ok ? refusals(page, !response.redirected) : refusal(page, response.status);
		const now = await get(entry.id);
		if (!now || now.state !== 'waiting') {
			return 'next';
		}
		if (reasons.length === 0) {
			await remove(entry.id);
			lastSent++;
		}
		else {
			now.state = 'failed';
			now.reasons = reasons;
			await put(now);
		}
		return 'next';
	}

	/** The server's words on a page it answered with: the form's errors beside their fields, or a refusal. */
	function refusals(page, sameForm) {
		const found = [];
		for (const element of page.querySelectorAll('[data-offline-refusal]')) {
			add(found, element);
		}
		const form = page.querySelector('form[data-offline]');
		if (sameForm && form) {
			for (const element of form.querySelectorAll('.field-error, .alert')) {
				add(found, element);
			}
		}
		if (sameForm && found.length === 0) {
			// Answered with its own page and no word beside a field: still not stored, so it stays.
			const main = page.querySelector('main .field-error, main .alert');
			found.push({ label: '', message: main ? main.textContent.trim() : format(text.refused, 200) });
		}
		return found;
	}

	function refusal(page, status) {
		const heading = page.querySelector('main h1');
		const said = page.querySelector('main p');
		const words = [heading, said].filter(Boolean).map(element => element.textContent.trim()).filter(Boolean);
		return [{ label: '', message: words.length ? words.join('：') : format(text.refused, status) }];
	}

	function add(found, element) {
		for (const line of element.querySelectorAll('p, li').length ? element.querySelectorAll('p, li') : [element]) {
			const message = line.textContent.trim();
			if (message && !found.some(reason => reason.message === message)) {
				found.push({ label: labelOf(element), message: message });
			}
		}
	}

	function labelOf(error) {
		const field = error.closest('.field, fieldset');
		const label = field && (field.querySelector('label') || field.querySelector('legend'));
		if (label && field.matches('.field')) {
			return label.textContent.trim();
		}
		if (field && field.matches('fieldset') && field.querySelector('legend')) {
			return field.querySelector('legend').textContent.trim();
		}
		if (error.id && error.id.endsWith('-error')) {
			const owner = error.ownerDocument.querySelector('label[for="' + error.id.slice(0, -6) + '"]');
			return owner ? owner.textContent.trim() : '';
		}
		return '';
	}

	// ---- what the worker sees: a bar on every page, the list on /offline

	async function render(sending) {
		const entries = await all();
		const waiting = entries.filter(entry => entry.state !== 'failed').length;
		const failed = entries.length - waiting;
		renderBar(waiting, failed, sending);
		renderList(entries);
	}

	function renderBar(waiting, failed, sending) {
		const main = document.querySelector('main');
		let bar = document.getElementById('offline-bar');
		const words = sending ? text.sending
			: signInNeeded && waiting ? text.signIn
			: waiting || failed ? format(text.bar, waiting, failed)
			: lastSent ? format(text.sent, lastSent)
			: null;
		if (!words || !main) {
			if (bar) {
				bar.remove();
			}
			return;
		}
		if (!bar) {
			bar = document.createElement('p');
			bar.id = 'offline-bar';
			bar.setAttribute('role', 'status');
			main.insertBefore(bar, main.firstChild);
		}
		bar.className = failed ? 'alert' : 'notice';
		bar.dataset.waiting = waiting;
		bar.dataset.failed = failed;
		bar.textContent = words + ' ';
		if ((waiting || failed) && location.pathname !== new URL(text.queue, location.href).pathname) {
			const link = document.createElement('a');
			link.href = text.queue;
			link.id = 'offline-bar-link';
			link.textContent = text.barLink;
			bar.appendChild(link);
		}
	}

	function renderList(entries) {
		const list = document.querySelector('[data-offline-list]');
		if (!list) {
			return;
		}
		list.replaceChildren(...entries.map(row));
		document.getElementById('offline-empty').hidden = entries.length > 0;
		document.getElementById('offline-send').hidden = !entries.some(entry => entry.state === 'waiting');
	}

	function row(entry) {
		const item = document.createElement('li');
		item.id = 'offline-entry-' + entry.id;
		item.className = 'offline-entry';
		const head = document.createElement('div');
		head.className = 'row';
		const name = document.createElement('strong');
		name.textContent = entry.summary;
		const badge = document.createElement('span');
		badge.className = 'badge ' + (entry.state === 'failed' ? 'badge-red' : 'badge-amber');
		badge.textContent = entry.state === 'failed' ? text.stateFailed : text.stateWaiting;
		head.append(name, badge);
		const when = document.createElement('p');
		when.className = 'hint';
		when.textContent = format(text.savedAt, new Date(entry.created).toLocaleString(document.documentElement.lang));
		item.append(head, when);
		if (entry.reasons.length) {
			const reasons = document.createElement('ul');
			reasons.className = 'offline-reasons';
			for (const reason of entry.reasons) {
				const line = document.createElement('li');
				line.textContent = reason.label ? reason.label + '：' + reason.message : reason.message;
				reasons.appendChild(line);
			}
			item.appendChild(reasons);
		}
		const actions = document.createElement('div');
		actions.className = 'row';
		if (entry.state === 'failed') {
			const fix = document.createElement('a');
			fix.className = 'btn btn-primary';
			fix.id = 'offline-fix-' + entry.id;
			fix.href = entry.page + FIX + encodeURIComponent(entry.id);
			fix.textContent = text.fix;
			actions.appendChild(fix);
		}
		const discard = document.createElement('button');
		discard.type = 'button';
		discard.className = 'btn';
		discard.id = 'offline-discard-' + entry.id;
		discard.textContent = text.discard;
		discard.addEventListener('click', async () => {
			if (confirm(text.discardConfirm)) {
				await remove(entry.id);
				render();
			}
		});
		actions.appendChild(discard);
		item.appendChild(actions);
		return item;
	}

	// ---- sign-out: nothing of this worker stays on the phone

	async function signOut(form) {
		const unsent = (await all()).length;
		if (unsent && !confirm(format(text.logoutConfirm, unsent))) {
			return;
		}
		await clearPhone();
		form.dataset.offlinePass = '1';
		form.requestSubmit();
	}

	async function clearPhone() {
		if (database) {
			(await database).close();
			database = null;
		}
		await idb.deleteDB(DB).catch(() => undefined);
		localStorage.removeItem('bastion-phone-user');
		sessionStorage.removeItem('bastion-kept');
		if (window.caches) {
			const names = await caches.keys();
			await Promise.all(names.filter(name => name.startsWith('bastion-pages')).map(name => caches.delete(name)));
		}
	}

	/**
	 * The field pages and the lists of the day once a session, and the forms a list links to
	 * (data-offline-keep) once each: the worker may lose the network at the next door.
	 */
	function keepForOffline() {
		if (!navigator.serviceWorker || !navigator.onLine) {
			return;
		}
		const kept = new Set(JSON.parse(sessionStorage.getItem('bastion-kept') || '[]'));
		const fieldPages = !kept.has(user);
		const urls = Array.from(document.querySelectorAll('a[data-offline-keep]'), link => link.href)
			.filter(url => !kept.has(url));
		if (!fieldPages && urls.length === 0) {
			return;
		}
		navigator.serviceWorker.ready.then(registration => {
			registration.active.postMessage({ type: 'keep', fieldPages: fieldPages, urls: urls });
			urls.concat(user).forEach(url => kept.add(url));
			sessionStorage.setItem('bastion-kept', JSON.stringify([...kept]));
		});
	}

	// The page kept as the server sent it, before this script adds anything: the service worker leaves pages to
	// the network while there is one and needs the copy for when there is none.
	const pageCopy = '<!DOCTYPE html>\n' + document.documentElement.outerHTML;
	function tellWorker(message) {
		if (navigator.serviceWorker && navigator.serviceWorker.controller) {
			navigator.serviceWorker.controller.postMessage(message);
		}
	}
	tellWorker({ type: 'network', online: navigator.onLine });
	// A form shown again with its errors is the answer to a send, not the page to open next time.
	const answered = document.querySelector('form[data-offline] .field-error, .form-errors');
	if (navigator.onLine && !answered && !location.hash.startsWith(FIX) && location.hash !== KEPT) {
		tellWorker({ type: 'page', url: location.href, html: pageCopy });
	}
	window.addEventListener('online', () => tellWorker({ type: 'network', online: true }));
	window.addEventListener('offline', () => tellWorker({ type: 'network', online: false }));
	window.addEventListener('online', sync);
	// A phone may say it is online with no way through (a weak signal, a captive portal): what waits is tried
	// again now and then, and at once when the page is shown again.
	setInterval(() => {
		if (!syncing && navigator.onLine) {
			all().then(entries => entries.some(entry => entry.state === 'waiting') && sync());
		}
	}, RETRY_MS);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') {
			sync();
		}
	});
	window.addEventListener('offline', () => render());
	const sendNow = document.getElementById('offline-send');
	if (sendNow) {
		sendNow.addEventListener('click', sync);
	}

	settle().then(render).then(sync).then(keepForOffline);
})();
