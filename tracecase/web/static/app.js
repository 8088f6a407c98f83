// tracecase review pages: keyboard shortcuts (progressive enhancement: every action is also a button or
// link that works without this file). Shortcuts are ignored while typing in a field; Esc leaves the field.
(function () {
  "use strict";

  var NOT_TYPED = ["checkbox", "radio", "button", "submit", "reset"];

  function typing(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    if (tag === "input") return NOT_TYPED.indexOf((target.type || "").toLowerCase()) < 0;
    return tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  function click(id) {
    var element = document.getElementById(id);
    if (element && !element.disabled) { element.click(); return true; }
    return false;
  }

  function focus(element) {
    if (element) { element.focus(); if (element.select && element.tagName.toLowerCase() === "input") element.select(); return true; }
    return false;
  }

  function toggleHelp() {
    var help = document.getElementById("shortcuts");
    if (help) help.hidden = !help.hidden;
    return true;
  }

  function moveRow(step) {
    var links = Array.prototype.slice.call(document.querySelectorAll("tr[data-row] a.case-link"));
    if (!links.length) return false;
    var at = links.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
    links[next].focus();
    links[next].scrollIntoView({ block: "nearest" });
    return true;
  }

  var pages = {
    queue: {
      j: function () { return moveRow(1); },
      k: function () { return moveRow(-1); },
      n: function () { var b = document.querySelector("#review-next button"); if (b) b.click(); return !!b; },
      "/": function () { return focus(document.getElementById("f-status")); }
    },
    "case": {
      a: function () { return click("accept-button"); },
      s: function () { return click("save-button"); },
      r: function () { return focus(document.getElementById("reason")); },
      e: function () { return focus(document.getElementById("expected_output")); },
      l: function () { return focus(document.querySelector("#labels input")); },
      c: function () { var b = document.querySelector("#claim-form button"); if (b) b.click(); return !!b; },
      u: function () { var b = document.querySelector("#release-form button"); if (b) b.click(); return !!b; },
      n: function () { var b = document.querySelector("#review-next button"); if (b) b.click(); return !!b; },
      q: function () { return click("back-to-queue"); }
    }
  };

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      if (typing(event.target)) { event.target.blur(); return; }
      var help = document.getElementById("shortcuts");
      if (help) help.hidden = true;
      return;
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target.tagName &&
        event.target.tagName.toLowerCase() === "textarea" && document.body.dataset.page === "case") {
      event.preventDefault();
      click("save-button");
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.key === "?") { event.preventDefault(); toggleHelp(); return; }
    var keys = pages[document.body.dataset.page] || {};
    var action = keys[event.key];
    if (action && action()) event.preventDefault();
  });
})();
