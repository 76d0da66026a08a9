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

  document.addEventListener("DOMContentLoaded", function () {
    focusFirstError();
    document.querySelectorAll("input[data-browser-time-zone]").forEach(fillBrowserTimeZone);
    document.querySelectorAll("input[data-stop-at]").forEach(watchStopThreshold);
  });
})();
