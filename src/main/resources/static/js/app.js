// Small progressive enhancements. Every page works without this file.
(function () {
  "use strict";

  // Move focus to the first field with an error after a refused form, so keyboard and
  // screen-reader users land where the problem is.
  function focusFirstError() {
    var invalid = document.querySelector('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
    }
  }

  // R1.stop: a pain during at or above the stop threshold shows "stop now" at once, before saving.
  function watchStopThreshold(input) {
    var threshold = parseInt(input.getAttribute("data-stop-at"), 10);
    var warning = input.parentElement.querySelector(".stop-now");
    if (!warning || isNaN(threshold)) {
      return;
    }
    function update() {
      var value = parseInt(input.value, 10);
      warning.hidden = !(value >= threshold);
    }
    input.addEventListener("input", update);
    input.addEventListener("change", update);
    update();
  }

  // The same on a 0–10 tap scale: the warning follows the value tapped.
  function watchStopScale(fieldset) {
    var threshold = parseInt(fieldset.getAttribute("data-stop-at"), 10);
    var warning = fieldset.parentElement.querySelector(".stop-now");
    if (!warning || isNaN(threshold)) {
      return;
    }
    function update() {
      var checked = fieldset.querySelector("input[type=radio]:checked");
      warning.hidden = !(checked && parseInt(checked.value, 10) >= threshold);
    }
    fieldset.addEventListener("change", update);
    update();
  }

  // Registration: the browser's time zone (e.g. "Europe/Berlin"), so that "today" is the person's
  // day from the start. Without it the account starts in UTC and can be changed on /account.
  function fillBrowserTimeZone(input) {
    if (input.value) {
      return;
    }
    try {
      input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    } catch (e) {
      input.value = "";
    }
  }

  // Today's strength checklist: with htmx, one tap on the pain scale saves the exercise, so its
  // Save button is not needed; after the item is swapped in place, focus stays on it.
  function enhanceChecklist() {
    if (!window.htmx) {
      return;
    }
    document.documentElement.classList.add("htmx-ready");
    document.body.addEventListener("htmx:afterSwap", function (event) {
      var id = event.detail.target && event.detail.target.id;
      var item = id ? document.getElementById(id) : null;
      if (item && item.matches("[data-testid='strength-item']")) {
        var status = item.querySelector(".done-line, [aria-invalid='true']");
        if (status) {
          status.setAttribute("tabindex", "-1");
          status.focus({ preventScroll: true });
        }
      }
      // "How did this feel?" swaps Today's main part in place: focus goes to what the save says.
      if (id === "main") {
        var main = document.getElementById("main");
        var said = main && main.querySelector("[aria-invalid='true'], .alert");
        if (said) {
          if (!said.matches("input")) {
            said.setAttribute("tabindex", "-1");
          }
          said.focus({ preventScroll: true });
        }
      }
    });
  }

  // The calendar link on the plan page: a Copy button (hidden without this script) puts the link on
  // the clipboard and says so; where the browser will not, it selects the link for the person to copy.
  function enableCopy(button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    var status = document.getElementById(button.getAttribute("data-copy-status"));
    if (!field) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      function selectIt() {
        field.focus();
        field.select();
      }
      if (!navigator.clipboard || !window.isSecureContext) {
        selectIt();
        return;
      }
      navigator.clipboard.writeText(field.value).then(function () {
        if (status) {
          status.textContent = status.getAttribute("data-copied");
        }
      }, selectIt);
    });
  }

  // Installable on a phone: the service worker keeps the last Today for when there is no connection.
  function registerServiceWorker() {
    if ("serviceWorker" in navigator) {
      navigator.serviceWorker.register("/sw.js").catch(function () {
        // without it Reload works as before, only not offline
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    focusFirstError();
    registerServiceWorker();
    enhanceChecklist();
    document.querySelectorAll("input[data-browser-time-zone]").forEach(fillBrowserTimeZone);
    document.querySelectorAll("input[data-stop-at]").forEach(watchStopThreshold);
    document.querySelectorAll("fieldset[data-stop-at]").forEach(watchStopScale);
    document.querySelectorAll("button[data-copy]").forEach(enableCopy);
  });
})();
