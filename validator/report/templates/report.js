// figurecheck report: filters for the findings table and the tooltip of quoted passages.
// User text reaches the page only as escaped HTML; this script reads it from attributes and
// writes it back with textContent, never as markup.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // ---- filters: each row carries its code, family, status, file and event as data attributes
  var form = document.getElementById("filters");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#findings-table tbody tr"));
  var keys = ["family", "code", "status", "file", "event"];

  function applyFilters() {
    var shown = 0;
    rows.forEach(function (row) {
      var keep = keys.every(function (key) {
        var wanted = form.elements[key].value;
        return wanted === "" || row.dataset[key] === wanted;
      });
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    document.getElementById("shown").textContent = String(shown);
  }

  if (form) {
    form.hidden = false;
    form.addEventListener("change", applyFilters);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { window.setTimeout(applyFilters, 0); });
    document.querySelectorAll("button[data-code]").forEach(function (button) {
      button.addEventListener("click", function () {
        form.reset();
        form.elements.code.value = button.dataset.code;
        applyFilters();
        form.elements.code.focus();
      });
    });
  }

  // A link to a finding the filters hide shows every finding again, so it never lands nowhere.
  function revealTarget() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (form && target && target.tagName === "TR" && target.hidden) {
      form.reset();
      applyFilters();
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", revealTarget);

  // ---- tooltip: the claims quoting a passage, on hover and on keyboard focus
  var tip = document.getElementById("tip");
  var quotes = document.querySelectorAll(".quote[title]");
  quotes.forEach(function (el) {
    el.dataset.tip = el.getAttribute("title");
    el.removeAttribute("title");  // the tooltip below replaces the browser's own
  });

  function quoting(el) {
    var lines = [];
    for (var node = el; node; node = node.parentElement) {
      if (node.classList && node.classList.contains("quote") && node.dataset.tip) {
        if (lines.indexOf(node.dataset.tip) < 0) { lines.push(node.dataset.tip); }
      }
    }
    return lines;
  }

  function show(el) {
    var lines = quoting(el);
    if (!lines.length) { return; }
    tip.textContent = lines.join("\n");
    tip.hidden = false;
    var box = el.getBoundingClientRect();
    var top = box.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight) { top = Math.max(0, box.top - tip.offsetHeight - 6); }
    tip.style.top = top + "px";
    tip.style.left = Math.max(0, Math.min(box.left, window.innerWidth - tip.offsetWidth - 8)) + "px";
    el.setAttribute("aria-describedby", "tip");
  }

  function hide(el) {
    tip.hidden = true;
    if (el) { el.removeAttribute("aria-describedby"); }
  }

  function quoteOf(target) {
    return target && target.closest ? target.closest(".quote") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var el = quoteOf(event.target);
    if (el) {
      show(el);
    } else if (!tip.hidden) {
      var focused = quoteOf(document.activeElement);  // keep showing what the keyboard is on
      if (focused) { show(focused); } else { hide(null); }
    }
  });
  document.addEventListener("focusin", function (event) {
    var el = quoteOf(event.target);
    if (el) { show(el); }
  });
  document.addEventListener("focusout", function (event) {
    var el = quoteOf(event.target);
    if (el) { hide(el); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(quoteOf(document.activeElement)); }
  });
}());
