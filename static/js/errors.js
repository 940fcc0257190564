/* Refusals answered in place (no inline handlers: the CSP forbids them).
 *
 * The views answer a refused write (400 bad input, 409 stale edit, 423 locked)
 * with the fragment it belongs in: the claim panel with the message, what the
 * reviewer typed, and for a 409 the current values next to it. htmx swaps it
 * (see responseHandling in base.html). Under DEBUG=1, django-htmx's debug
 * script would instead replace the whole document with any 400/403/404/500
 * answer; it is kept from our fragments here, and still shows Django's debug
 * pages (whole documents) for real crashes.
 *
 * A swapped panel also keeps what was typed in its *other* forms (a half-typed
 * source while the status is saved): the answer only knows the form it came from.
 *
 * After the swap the message is scrolled into view. It is announced once,
 * by its role="alert"; focus goes to the field it is about (keys.js), not
 * to the message, so it is not read twice.
 */
(function () {
  "use strict";

  function isDocument(text) {
    var head = (text || "").trimStart().slice(0, 100).toLowerCase();
    return head.startsWith("<!doctype") || head.startsWith("<html");
  }

  // Capture phase on window: runs before the debug script's listener on document.
  window.addEventListener("htmx:beforeOnLoad", function (ev) {
    var xhr = ev.detail && ev.detail.xhr;
    if (!xhr || xhr.status < 400 || xhr.status >= 500) return;
    if (!isDocument(xhr.responseText)) ev.stopPropagation();
  }, true);

  function changed(el) {
    if (el.type === "hidden" || el.type === "submit" || el.type === "button" || !el.id) return false;
    if (el.tagName === "SELECT") {
      return Array.prototype.some.call(el.options, function (o) { return o.selected !== o.defaultSelected; });
    }
    if (el.type === "checkbox" || el.type === "radio") return el.checked !== el.defaultChecked;
    return el.value !== el.defaultValue;
  }

  var typed = null; // {claim, values: [[id, value|checked]]}

  document.addEventListener("htmx:beforeSwap", function (ev) {
    var target = ev.detail && ev.detail.target;
    if (!target || target.id !== "panel" || !target.dataset.claim) return;
    var sent = ev.detail.requestConfig && ev.detail.requestConfig.elt;
    var sentForm = sent && (sent.tagName === "FORM" ? sent : sent.closest("form"));
    var values = [];
    target.querySelectorAll("input, textarea, select").forEach(function (el) {
      if ((sentForm && sentForm.contains(el)) || !changed(el)) return;
      values.push([el.id, el.type === "checkbox" || el.type === "radio" ? el.checked : el.value]);
    });
    typed = values.length ? { claim: target.dataset.claim, values: values } : null;
  });

  function restoreTyped() {
    var panel = document.getElementById("panel");
    if (!typed || !panel || panel.dataset.claim !== typed.claim) { typed = null; return; }
    typed.values.forEach(function (pair) {
      var el = document.getElementById(pair[0]);
      if (!el || !panel.contains(el) || changed(el)) return;  // the answer's own values win
      if (typeof pair[1] === "boolean") el.checked = pair[1]; else el.value = pair[1];
      var box = el.closest("details");
      if (box) box.open = true;
    });
    typed = null;
  }

  document.addEventListener("htmx:afterSwap", restoreTyped);

  document.addEventListener("htmx:afterSettle", function (ev) {
    var xhr = ev.detail && ev.detail.xhr;
    var target = ev.detail && ev.detail.target;
    if (!xhr || xhr.status < 400 || !target || !target.id) return;
    var root = document.getElementById(target.id);
    var alert = root && root.querySelector("[role=alert]");
    if (alert) alert.scrollIntoView({ block: "nearest" });
  });
})();
