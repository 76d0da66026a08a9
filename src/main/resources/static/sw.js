// Reload's service worker: the app can be added to the home screen and opens to Today. Offline,
// Today shows the last Today this device saw, with a notice saying so; any other page shows the
// offline page. Nothing else is cached, and signing out deletes the saved Today.
"use strict";

var SHELL = "reload-shell-v2";
var TODAY = "reload-today";
var SHELL_FILES = ["/offline.html", "/css/app.css", "/css/journey.css", "/css/history.css",
  "/js/app.js", "/img/favicon.svg", "/icons/icon-192.png"];

// Pages link these files with their content hash in the name (/css/app-<32 hex digits>.css): the
// shell keeps each under its plain name.
function plainName(pathname) {
  return pathname.replace(/-[0-9a-f]{32}(\.[a-z0-9]+)$/, "$1");
}

self.addEventListener("install", function (event) {
  // the plain names are cached long by the browser too: ask the server whether they changed
  var requests = SHELL_FILES.map(function (path) { return new Request(path, { cache: "no-cache" }); });
  event.waitUntil(caches.open(SHELL).then(function (cache) { return cache.addAll(requests); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name !== SHELL && name !== TODAY; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

// The saved Today with a notice at the top of its main content, dated when it was saved.
function offlineToday(saved) {
  return saved.text().then(function (html) {
    var when = saved.headers.get("Date");
    var notice = "<div class=\"alert alert-warning\" role=\"status\" data-testid=\"offline-notice\">"
      + "You are offline. This is Today as it was " + (when ? "on " + new Date(when).toLocaleString("en-GB",
        { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" }) : "last time")
      + ": it may have changed, and logging needs a connection.</div>";
    var page = html.replace(/(<main[^>]*>)/, "$1" + notice);
    return new Response(page, { headers: { "Content-Type": "text/html;charset=UTF-8" } });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.method === "POST" && url.pathname === "/logout") {
    event.waitUntil(caches.delete(TODAY));
    return;
  }
  if (request.method !== "GET") {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).then(function (response) {
      if (url.pathname === "/today" && response.ok && !response.redirected) {
        var copy = response.clone();
        caches.open(TODAY).then(function (cache) { cache.put("/today", copy); });
      }
      if (url.pathname === "/login") {
        caches.delete(TODAY); // signed out, or the session ended: nothing of the person stays
      }
      return response;
    }).catch(function () {
      return caches.open(TODAY).then(function (cache) { return cache.match("/today"); }).then(function (saved) {
        if (saved && url.pathname === "/today") {
          return offlineToday(saved);
        }
        return caches.match("/offline.html");
      });
    }));
    return;
  }
  var shellFile = plainName(url.pathname);
  if (SHELL_FILES.indexOf(shellFile) >= 0) {
    // the shell's files: the network first (kept as the copy), the copy when offline
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(SHELL).then(function (cache) { cache.put(shellFile, copy); });
      }
      return response;
    }).catch(function () { return caches.match(shellFile); }));
  }
});
