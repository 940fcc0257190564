/* The workspace's claim filter (no inline handlers: the CSP forbids them):
 * words, speaker, kind and status narrow the claim list; the highlights of
 * the claims filtered out fade in the text. Re-applied after every swap of
 * the list (a write re-renders it). j / k skip hidden claims (keys.js). */
(function () {
  "use strict";

  function values(form) {
    var v = {};
    form.querySelectorAll("[data-filter]").forEach(function (el) {
      v[el.dataset.filter] = el.value.trim().toLowerCase();
    });
    return v;
  }

  function matches(row, v) {
    if (v.speaker && (row.dataset.speaker || "").toLowerCase() !== v.speaker) return false;
    if (v.kind && row.dataset.kind !== v.kind) return false;
    if (v.status && row.dataset.status !== v.status) return false;
    if (v.text && row.textContent.toLowerCase().indexOf(v.text) === -1) return false;
    return true;
  }

  function apply() {
    var form = document.getElementById("claim-filter");
    if (!form) return;
    var v = values(form);
    var active = Object.keys(v).some(function (k) { return v[k]; });
    var rows = document.querySelectorAll(".claim-row");
    var shown = 0;
    rows.forEach(function (row) {
      var ok = !active || matches(row, v);
      row.hidden = !ok;
      if (ok) shown += 1;
      document.querySelectorAll('#article-text .hl[data-claim="' + row.dataset.claim + '"]')
        .forEach(function (hl) { hl.classList.toggle("filtered-out", !ok); });
    });
    var count = document.getElementById("cf-count");
    if (count) count.textContent = active ? shown + " of " + rows.length + " claims shown" : "";
  }

  document.addEventListener("input", function (ev) {
    if (ev.target.closest && ev.target.closest("#claim-filter")) apply();
  });
  document.addEventListener("change", function (ev) {
    if (ev.target.closest && ev.target.closest("#claim-filter")) apply();
  });
  document.addEventListener("submit", function (ev) {
    if (ev.target.id === "claim-filter") ev.preventDefault();
  });
  document.addEventListener("htmx:afterSettle", apply);
  document.addEventListener("DOMContentLoaded", apply);
})();
