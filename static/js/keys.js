/* Keyboard triage (no inline handlers: the CSP forbids them).
 *
 *   j / k    next / previous claim of the list
 *   1 – 7    set the open claim's status (the order of the status menu); a status
 *            that needs a rationale moves to the rationale field instead of saving,
 *            and Ctrl+Enter (⌘+Enter) saves from there
 *   e        add evidence to the open claim
 *   l        find a claim to link to the open claim
 *   /        search (the claim filter in the workspace, the queue's search)
 *   ?        this list
 *   Esc      close the claim panel; focus goes back to the claim
 *
 * None of them fires while typing in a text field, or with Ctrl / Alt / ⌘ held.
 * When a claim opens, focus moves to the panel's first control; after a save it
 * stays in the panel so the next key works.
 *
 * Keys typed ahead: while a request that replaces the panel is under way (a claim
 * opening, a save) and until its answer has settled, the panel on screen is the old
 * one, or a new one whose forms htmx has not yet taken over (it does so when the
 * swap settles: a form submitted before that would be sent as a whole page). The
 * shortcuts that act on the panel (j, k, 1-7, e, l, Esc, Ctrl+Enter) are then held,
 * and run in order once it has settled, on the claim it shows: "j 2" typed fast sets
 * the status of the claim j opens, "2 j" saves before moving on. Shortcut keys
 * pressed in the field being saved are held too (after Ctrl+Enter the next key is
 * meant for the saved panel, not for the field). Meanwhile the panel is
 * aria-busy="true". A form of a panel swapped in but not settled (a button clicked
 * the moment it shows) is held the same way and then sent through htmx.
 * What is held runs strictly in the order it came, one request at a time: a key
 * pressed after the panel has settled but before the held ones have run waits
 * behind them. When the request ends in a refusal (the panel says why) or with no
 * answer, what was typed ahead is dropped rather than run on the panel on screen.
 * Clicks go through the same queue: a request that replaces the panel waits while
 * a save is under way, and gives up a claim still loading (see htmx:confirm below).
 */
(function () {
  "use strict";

  var NOT_TEXT = ["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"];

  function isTyping(el) {
    if (!el || !el.tagName) return false;
    if (el.isContentEditable) return true;
    var tag = el.tagName.toLowerCase();
    if (tag === "textarea") return true;
    if (tag === "input") return NOT_TEXT.indexOf((el.type || "text").toLowerCase()) === -1;
    return false;
  }

  function panel() { return document.getElementById("panel"); }
  function openClaim() { var p = panel(); return p && p.dataset.claim ? p : null; }

  function visible(el) { return !!(el && el.offsetParent !== null && !el.closest("[hidden]")); }

  function firstControl(root) {
    var all = root.querySelectorAll(
      "select, textarea, input:not([type=hidden]), button, [href]");
    for (var i = 0; i < all.length; i++) {
      if (!all[i].disabled && visible(all[i]) && !all[i].classList.contains("close")) return all[i];
    }
    return root.querySelector(".close") || root;
  }

  function focusFirstControl() {
    var p = openClaim();
    if (!p) return;
    var el = p.querySelector("[aria-invalid=true]") || firstControl(p);
    el.focus({ preventScroll: true });
  }

  function claimLinks() {
    return Array.prototype.filter.call(
      document.querySelectorAll(".claim-row .row-link"),
      function (a) { return !a.closest(".claim-row").hidden; });
  }

  function step(delta) {
    var links = claimLinks();
    if (!links.length) return false;
    var cur = links.findIndex(function (a) {
      return a.closest(".claim-row").classList.contains("current");
    });
    var next = cur === -1 ? 0 : Math.min(Math.max(cur + delta, 0), links.length - 1);
    links[next].focus({ preventScroll: true });
    links[next].click();
    return true;
  }

  function setStatus(n) {
    var p = openClaim();
    var select = p && p.querySelector("select[name$=status]");
    if (!select) return false;
    var option = select.querySelector('option[data-key="' + n + '"]');
    if (!option) return false;
    select.value = option.value;
    var form = select.form;
    var rationale = form.querySelector("textarea[name$=rationale]");
    if (option.dataset.rationale === "required" && rationale) {
      rationale.focus();
      rationale.select();
      var hint = form.querySelector(".key-hint");
      if (!hint) {
        hint = document.createElement("small");
        hint.className = "help key-hint";
        rationale.insertAdjacentElement("afterend", hint);
      }
      hint.textContent = option.textContent.trim() + " needs a rationale: write it, then Ctrl+Enter saves.";
      return true;
    }
    form.requestSubmit();
    return true;
  }

  function addEvidence() {
    var p = openClaim();
    var box = p && p.querySelector("details.add");
    if (!box) return false;
    box.open = true;
    var field = box.querySelector("input:not([type=hidden]), textarea, select");
    if (field) { field.focus(); field.scrollIntoView({ block: "nearest" }); }
    return true;
  }

  function findLink() {
    var p = openClaim();
    var field = p && p.querySelector("input[type=search]");
    if (!field) return false;
    field.focus();
    field.scrollIntoView({ block: "nearest" });
    return true;
  }

  function search() {
    var field = document.querySelector("[data-search-key]");
    if (!visible(field)) field = document.querySelector("main form[role=search] input[type=search], #id_q");
    if (!visible(field)) return false;
    field.focus();
    field.select();
    return true;
  }

  var SHORTCUTS = [
    ["j", "next claim"], ["k", "previous claim"],
    ["1 – 7", "set the status (the order of the status menu)"],
    ["Ctrl + Enter", "save, from the rationale"],
    ["e", "add evidence"], ["l", "find a claim to link"], ["/", "search"],
    ["Esc", "close the claim"], ["?", "this list"],
  ];

  function shortcutList() {
    var dialog = document.getElementById("shortcuts");
    if (dialog) return dialog;
    dialog = document.createElement("dialog");
    dialog.id = "shortcuts";
    dialog.className = "shortcuts";
    dialog.setAttribute("aria-labelledby", "shortcuts-h");
    var h = document.createElement("h2");
    h.id = "shortcuts-h";
    h.textContent = "Keyboard shortcuts";
    var dl = document.createElement("dl");
    SHORTCUTS.forEach(function (s) {
      var dt = document.createElement("dt");
      s[0].split(" ").forEach(function (part) {
        if (part === "–" || part === "+") { dt.appendChild(document.createTextNode(" " + part + " ")); return; }
        var kbd = document.createElement("kbd");
        kbd.textContent = part;
        dt.appendChild(kbd);
      });
      var dd = document.createElement("dd");
      dd.textContent = s[1];
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    var p = document.createElement("p");
    p.className = "help";
    p.textContent = "They never fire while you type in a field.";
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Close";
    close.addEventListener("click", function () { dialog.close(); });
    dialog.append(h, dl, p, close);
    document.body.appendChild(dialog);
    return dialog;
  }

  function toggleShortcuts() {
    var dialog = shortcutList();
    if (dialog.open) dialog.close(); else dialog.showModal();
    return true;
  }

  var closedClaim = null;

  function closePanel() {
    var p = openClaim();
    var close = p && p.querySelector(".close");
    if (!close) return false;
    close.click();
    return true;
  }

  document.addEventListener("click", function (ev) {
    var close = ev.target.closest && ev.target.closest("#panel .close");
    if (close) closedClaim = panel().dataset.claim || null;
  });

  var PANEL_KEYS = /^([jkel1-9]|Escape)$/;

  function isSave(key, ctrl, target) {
    return key === "Enter" && ctrl && target && target.tagName === "TEXTAREA" && target.form
      && !!target.closest("#panel");
  }

  // What a key does; true when it was a shortcut (its default is then prevented).
  function run(key, mods, target) {
    if (isSave(key, mods.ctrl, target)) {
      target.form.requestSubmit();
      return true;
    }
    if (mods.ctrl || mods.alt || isTyping(target)) return false;
    if (document.querySelector("dialog[open]") && key !== "?") return false;
    switch (key) {
      case "j": return step(1);
      case "k": return step(-1);
      case "e": return addEvidence();
      case "l": return findLink();
      case "/": return search();
      case "?": return toggleShortcuts();
      case "Escape": return closePanel();
      default: return /^[1-9]$/.test(key) ? setStatus(key) : false;
    }
  }

  /* The requests under way that replace the panel (their XMLHttpRequest, the ids
   * of the fields of the form they send, when they started), until their answer
   * has settled or they ended without a swap. */
  var pending = [];
  var swapped = new WeakSet();
  /* What waits for the panel, in the order it came: keys ({key, mods}), forms
   * submitted on a panel not yet settled ({form, submitter}) and requests that
   * wait for the one under way ({issue}). One queue, so a click held between two
   * keys is sent between them. */
  var held = [];
  var replaying = false;
  var STUCK_MS = 30000;  // a request never answered does not hold the keys for good

  function busy() {
    var now = Date.now();
    pending = pending.filter(function (r) { return now - r.at < STUCK_MS; });
    return pending.length > 0;
  }

  /* Whether what comes now waits: while a request is under way, and also after it
   * has settled as long as keys held before are still waiting for their replay
   * (it runs in a task of its own, and a key pressed in between, on a slow
   * machine, would otherwise jump the queue: "j 2 j" opened the second claim
   * and then set ITS status). */
  function waiting() { return busy() || held.length > 0; }

  function markBusy() {
    var p = panel();
    if (!p) return;
    if (busy()) p.setAttribute("aria-busy", "true"); else p.removeAttribute("aria-busy");
  }

  function requestOf(ev) {
    var xhr = ev.detail && ev.detail.xhr;
    for (var i = 0; xhr && i < pending.length; i++) if (pending[i].xhr === xhr) return i;
    return -1;
  }

  function finished(ev) {
    var i = requestOf(ev);
    if (i === -1) return;
    pending.splice(i, 1);
    // Refused (400, 409, 423: the panel now says why), not found, or no answer at
    // all: what was typed ahead was meant for a panel that did not come (a status
    // for a claim that did not open, "next" after a save that was not made). It is
    // dropped, not applied to the panel on screen.
    var status = ev.detail.xhr.status;
    if (status < 200 || status >= 300) held = [];
    if (busy()) return;
    // after every afterSettle listener (the focus below, the current row in workspace.js)
    window.setTimeout(replay, 0);
  }

  function send(form, submitter) {
    if (form.isConnected) form.requestSubmit(form.contains(submitter) ? submitter : null);
  }

  // Runs what waits, strictly in order, each on the panel the one before left,
  // until one of them starts a request: the rest waits for that one to settle.
  function replay() {
    if (busy() || replaying) return;
    replaying = true;
    try {
      markBusy();
      while (held.length && !busy()) {
        var h = held.shift();
        if (h.form) send(h.form, h.submitter);
        else if (h.issue) h.issue(true);  // a request that waited its turn (confirmed already)
        else run(h.key, h.mods, document.activeElement);
      }
    } finally {
      replaying = false;
    }
    markBusy();
  }

  // A panel swapped in but not settled yet: its forms are not htmx's until it settles.
  function swapUnsettled() {
    return busy() && pending.some(function (r) { return swapped.has(r.xhr); });
  }

  // A form of that panel submitted (a click on a button the moment the panel shows)
  // would be sent as a whole-page POST: it is held, then sent through htmx once the
  // panel has settled, like a key; so is one submitted while keys typed before
  // still wait, so that it comes after them.
  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (replaying || !form.closest || !form.closest("#panel")) return;
    if (!swapUnsettled() && !held.length) return;
    ev.preventDefault();
    ev.stopPropagation();
    held.push({ form: form, submitter: ev.submitter });
    if (!busy()) replay();
  }, true);

  // Whether a key pressed now waits for the panel to settle.
  function holds(ev, mods) {
    if (!waiting()) return false;
    var t = ev.target;
    if (isSave(ev.key, mods.ctrl, t)) return true;
    if (mods.ctrl || mods.alt || !PANEL_KEYS.test(ev.key)) return false;
    if (!isTyping(t)) return !document.querySelector("dialog[open]");
    return !!(t.id && t.closest("#panel") && pending.some(function (r) {
      return r.fields.indexOf(t.id) !== -1;
    }));
  }

  function replacesPanel(target) {
    var p = panel();
    return !!(p && target && (target === p || target.contains(p)));
  }

  /* Requests that replace the panel go one at a time. htmx runs a row's GET and a
   * save of the panel side by side (they are different elements), and the answer
   * that came second was swapped into the panel the first one had replaced, no
   * longer on the page: the panel, the list and the URL disagreed, or a save's
   * answer (its row, a refusal) never showed and the panel stayed busy. So, while
   * one is under way:
   * - if it is a claim still loading (a GET not yet answered) and the new one is a
   *   newer choice (another GET, or a save of the panel on screen), the loading
   *   one is given up: the latest choice wins, and a save is sent, not lost;
   * - otherwise (a save under way, or an answer not yet settled) the new one
   *   waits in the queue of held keys, and is sent in its turn. */
  document.addEventListener("htmx:confirm", function (ev) {
    var d = ev.detail;
    if (!d || !replacesPanel(d.target) || !busy()) return;
    var loading = pending.every(function (r) { return r.verb === "get" && !swapped.has(r.xhr); });
    var onPanel = d.target === panel();  // not a swap of the whole workspace
    if (loading && onPanel && (d.verb === "get" || (d.elt.closest && d.elt.closest("#panel")))) {
      pending.slice().forEach(function (r) { r.xhr.abort(); });
      return;
    }
    ev.preventDefault();
    held.push({ issue: d.issueRequest });
  });

  document.addEventListener("htmx:beforeSend", function (ev) {
    var d = ev.detail;
    if (!d || !d.xhr || !replacesPanel(d.target)) return;
    var elt = d.requestConfig && d.requestConfig.elt;
    var form = elt && (elt.tagName === "FORM" ? elt : elt.closest("form"));
    var fields = form ? Array.prototype.map.call(form.elements, function (el) { return el.id; }) : [];
    var verb = (d.requestConfig && d.requestConfig.verb) || "get";
    pending.push({ xhr: d.xhr, verb: verb, fields: fields.filter(Boolean), at: Date.now() });
    markBusy();
  });
  document.addEventListener("htmx:afterSwap", function (ev) {
    if (requestOf(ev) === -1) return;
    swapped.add(ev.detail.xhr);
    markBusy();  // the panel swapped in is busy until it settles
  });
  document.addEventListener("htmx:afterRequest", function (ev) {
    // answered without a swap (refused with no content, a network error, aborted):
    // nothing will settle
    if (!swapped.has(ev.detail && ev.detail.xhr)) finished(ev);
  });
  ["htmx:afterSettle", "htmx:swapError", "htmx:onLoadError"].forEach(function (name) {
    document.addEventListener(name, finished);
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.isComposing) return;
    var mods = { ctrl: ev.ctrlKey || ev.metaKey, alt: ev.altKey };
    if (holds(ev, mods)) {
      ev.preventDefault();
      held.push({ key: ev.key, mods: mods });
      // settled, the replay not yet run: this key goes after those held before it
      if (!busy()) replay();
      return;
    }
    if (run(ev.key, mods, ev.target)) ev.preventDefault();
  });

  document.addEventListener("htmx:afterSettle", function (ev) {
    var p = panel();
    if (!p || !ev.detail || !ev.detail.target || ev.detail.target.id !== "panel") return;
    var verb = ev.detail.requestConfig && ev.detail.requestConfig.verb;
    if (p.dataset.claim) {
      var active = document.activeElement;
      var lost = !active || active === document.body || !document.contains(active);
      // htmx puts focus back in the field of the same id: right after a refusal
      // (the reviewer corrects it), not after a save (the next key should work).
      var saved = p.querySelector(".notice") && !p.querySelector("[role=alert]");
      if (verb === "get" || lost || (saved && isTyping(active))) focusFirstControl();
      return;
    }
    if (closedClaim) {  // closed: back to the claim that was open
      var row = document.querySelector('.claim-row[data-claim="' + closedClaim + '"] .row-link')
        || document.querySelector('#article-text .hl[data-claim="' + closedClaim + '"]');
      closedClaim = null;
      if (row) row.focus();
    }
  });
})();
