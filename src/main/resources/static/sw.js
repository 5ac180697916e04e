/*
 * Bastion's service worker: the pages and files a grid worker needs open without a network.
 *
 * - The app shell (style, scripts, icons) is kept at install and served from the phone, refreshed behind
 *   the page each time it is asked for.
 * - With a network, pages go to the server as if there were no worker (compressed, counted as they came);
 *   each signed-in page hands its own copy here (offline-queue.js), so the field forms and the worker's own
 *   lists of the day open from the phone when the network is gone: without one (as the phone or a page
 *   says), pages are asked of the network first and of the phone next. The server scoped them to the
 *   worker's area when it answered; sign-out empties these caches (offline-queue.js).
 * - A field form sent while the network drops mid-way is answered with the page it came from: offline-queue.js
 *   kept the entry before letting it go (IndexedDB, where this worker looks it up), and finds it there
 *   waiting (#offline-kept). Any other form that cannot be sent fails as it would without a worker.
 * The entries themselves live in IndexedDB, written by the page (offline-queue.js), not here.
 */
'use strict';

const VERSION = 'v1';
const FIELD_DB = 'bastion-field';
const SHELL = 'bastion-shell-' + VERSION;
const PAGES = 'bastion-pages';
const BASE = new URL('./', self.location).pathname;
const SHELL_FILES = ['css/bastion.css', 'webjars/htmx.org/dist/htmx.min.js', 'webjars/idb/build/umd.js',
	'js/offline-queue.js', 'js/arrivals.js', 'js/health.js', 'icons/icon.svg', 'icons/icon-192.png',
	'manifest.webmanifest'].map(path => BASE + path);
/** The field pages and lists of the day, kept when a signed-in page asks (offline-queue.js, once a session). */
const FIELD_PAGES = ['', 'offline', 'arrivals/new', 'observations/today', 'verification'].map(path => BASE + path);
const STATIC = ['css/', 'js/', 'webjars/', 'icons/'].map(path => BASE + path);
/** Never kept: sign-in and out, administration, downloads. */
const NOT_KEPT = /^(login|logout|admin\/|api\/|.*\.(xlsx|csv|pdf|png)$)/;
/** Enough for a day's forms and lists; the oldest go first. */
const MAX_PAGES = 80;

importScripts(BASE + 'webjars/idb/build/umd.js');

self.addEventListener('install', event => {
	// One missing file must not keep the rest from being kept: each is added on its own.
	event.waitUntil(caches.open(SHELL)
		.then(cache => Promise.all(SHELL_FILES.map(url => cache.add(url).catch(() => undefined))))
		.then(() => self.skipWaiting()));
});

self.addEventListener('activate', event => {
	event.waitUntil(caches.keys()
		.then(names => Promise.all(names.filter(name => name.startsWith('bastion-shell-') && name !== SHELL)
			.map(name => caches.delete(name))))
		.then(() => self.clients.claim()));
});

/** A page said the network is gone, or a form could not be sent: pages come from the phone, if need be. */
let offline = false;

self.addEventListener('message', event => {
	const data = event.data || {};
	if (data.type === 'network') {
		offline = !data.online;
	}
	if (data.type === 'page' && typeof data.html === 'string') {
		const url = new URL(data.url);
		if (url.origin !== self.location.origin || NOT_KEPT.test(url.pathname.substring(BASE.length))) {
			return;
		}
		event.waitUntil(caches.open(PAGES)
			.then(cache => cache.put(pageKey(url), new Response(data.html,
				{ headers: { 'Content-Type': 'text/html;charset=UTF-8' } })))
			.then(trim));
	}
	if (data.type === 'keep') {
		event.waitUntil(keepPages((data.fieldPages ? FIELD_PAGES : []).concat(data.urls || [])));
	}
});

self.addEventListener('fetch', event => {
	const request = event.request;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) {
		return;
	}
	if (request.method !== 'GET') {
		if (request.mode === 'navigate') {
			event.respondWith(fetch(request.clone()).catch(async failure => {
				offline = true;
				if (await beingSent(request.url)) {
					return Response.redirect(kept(request.referrer || BASE), 303);
				}
				throw failure;
			}));
		}
		return;
	}
	if (request.mode === 'navigate') {
		if (offline || !self.navigator.onLine) {
			event.respondWith(networkFirst(request, url));
		}
	}
	else if (STATIC.some(prefix => url.pathname.startsWith(prefix)) || SHELL_FILES.includes(url.pathname)) {
		event.respondWith(fromPhoneThenRefresh(request));
	}
});

/** Whether the page kept an entry for this form before sending it (offline-queue.js, state 'sending'). */
async function beingSent(action) {
	try {
		const db = await idb.openDB(FIELD_DB);
		try {
			if (!db.objectStoreNames.contains('entries')) {
				return false;
			}
			const entries = await db.getAll('entries');
			return entries.some(entry => entry.state === 'sending' && entry.action === action);
		}
		finally {
			db.close();
		}
	}
	catch (unreadable) {
		return false;
	}
}

function kept(referrer) {
	const back = new URL(referrer, self.location.origin);
	back.hash = 'offline-kept';
	return back.href;
}

async function networkFirst(request, url) {
	try {
		const response = await fetch(request);
		if (keepable(url, response)) {
			const copy = response.clone();
			caches.open(PAGES).then(cache => cache.put(pageKey(url), copy)).then(trim);
		}
		return response;
	}
	catch (offline) {
		const cache = await caches.open(PAGES);
		const page = await cache.match(pageKey(url));
		return page || (await cache.match(BASE + 'offline')) || new Response('', { status: 503, statusText: 'offline' });
	}
}

async function fromPhoneThenRefresh(request) {
	const cache = await caches.open(SHELL);
	const stored = await cache.match(request, { ignoreSearch: false });
	const fresh = fetch(request).then(response => {
		if (response.ok) {
			cache.put(request, response.clone());
		}
		return response;
	});
	if (stored) {
		fresh.catch(() => undefined);
		return stored;
	}
	return fresh;
}

async function keepPages(urls) {
	const cache = await caches.open(PAGES);
	await Promise.all([...new Set(urls)].map(async path => {
		try {
			const url = new URL(path, self.location.origin);
			const response = await fetch(url.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } });
			if (keepable(url, response)) {
				await cache.put(pageKey(url), response);
			}
		}
		catch (offline) {
			// Kept the next time the network answers.
		}
	}));
	await trim();
}

function keepable(url, response) {
	const path = url.pathname.substring(BASE.length);
	return response.ok && !response.redirected && response.type === 'basic' && !NOT_KEPT.test(path)
		&& (response.headers.get('Content-Type') || '').startsWith('text/html');
}

function pageKey(url) {
	const key = new URL(url.href);
	key.hash = '';
	return key.href;
}

async function trim() {
	const cache = await caches.open(PAGES);
	const keys = await cache.keys();
	await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map(key => cache.delete(key)));
}
