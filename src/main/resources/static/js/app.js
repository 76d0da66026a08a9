// Small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  // Move focus to the first field with an error after a refused form, so keyboard and
  // screen-reader users land where the problem is.
  document.addEventListener("DOMContentLoaded", function () {
    var invalid = document.querySelector('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
    }
  });
})();
