/* Every page: the phone menu, and the page title following the open claim.
 * (No inline handlers: the CSP forbids them.) */
(function () {
  "use strict";

  // The menu button shows on narrow screens only (static/css/phone.css); the
  // navigation collapses only once this script runs, so it stays usable without it.
  function setUpMenu() {
    var header = document.querySelector("header.site");
    var button = header && header.querySelector(".menu-toggle");
    if (!button) return;
    header.dataset.menu = "closed";
    button.hidden = false;
    button.addEventListener("click", function () {
      var open = header.dataset.menu !== "open";
      header.dataset.menu = open ? "open" : "closed";
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  function truncate(text, n) {
    text = text.replace(/\s+/g, " ").trim();
    return text.length <= n ? text : text.slice(0, n - 1) + "…";
  }

  // The title says the article and the open claim, as the server renders it.
  function updateTitle() {
    var h1 = document.querySelector(".article-head h1");
    if (!h1) return;
    var quote = document.querySelector("#panel[data-claim] .claim-quote");
    var parts = quote ? [truncate(quote.textContent, 60)] : [];
    parts.push(truncate(h1.textContent, 80), "factcheck");
    document.title = parts.join(" · ");
  }

  document.addEventListener("DOMContentLoaded", setUpMenu);
  document.addEventListener("htmx:afterSettle", updateTitle);
})();
