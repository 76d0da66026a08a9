// The knee map of the condition finder (templates/finder/knee-map.html). Each drawn region becomes
// a checkbox for keyboards and screen readers (Space or Enter toggles it) that stays in step with
// the region's real checkbox in the list, which is what the form sends. Without this file the
// list alone works.
(function () {
  "use strict";

  function init() {
    var form = document.querySelector("[data-finder]");
    if (!form) {
      return;
    }
    var boxes = {};
    form.querySelectorAll('input[name="regions"]').forEach(function (box) {
      boxes[box.value] = box;
    });
    var shapes = form.querySelectorAll(".knee-map .region");

    function sync() {
      shapes.forEach(function (shape) {
        var box = boxes[shape.getAttribute("data-region")];
        var on = Boolean(box && box.checked);
        shape.setAttribute("aria-checked", on ? "true" : "false");
        shape.classList.toggle("is-selected", on);
      });
    }

    function toggle(box) {
      box.checked = !box.checked;
      sync();
    }

    form.querySelectorAll(".knee-map").forEach(function (svg) {
      svg.setAttribute("role", "group");
    });
    shapes.forEach(function (shape) {
      var box = boxes[shape.getAttribute("data-region")];
      if (!box) {
        return;
      }
      shape.setAttribute("tabindex", "0");
      shape.setAttribute("role", "checkbox");
      shape.setAttribute("aria-label", shape.getAttribute("data-label"));
      shape.addEventListener("click", function () {
        toggle(box);
      });
      shape.addEventListener("keydown", function (event) {
        if (event.key === " " || event.key === "Enter") {
          event.preventDefault();
          toggle(box);
        }
      });
    });
    form.addEventListener("change", sync);
    sync();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
