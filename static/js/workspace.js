/* factcheck workspace behaviour (no inline handlers: the CSP forbids them).
 * - selecting words in the article fills the "add a claim" form with their exact offsets
 * - clicking inside a highlight remembers the offset, for "split here"
 * - keyboard shortcuts are in keys.js
 * - the open claim is marked in the text and the list after each swap
 */
(function () {
  "use strict";

  function textRoot() { return document.getElementById("article-text"); }

  /* Offset in article.body of a DOM position inside #article-text. Every segment
   * element carries data-start (its offset in the body); we add the length of
   * the text between the segment's start and the position. */
  function bodyOffset(node, offset) {
    var root = textRoot();
    if (!root || !root.contains(node)) return null;
    var el = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    if (el === root) {
      // position between segments: offset counts child nodes
      var child = root.childNodes[offset];
      if (child && child.dataset) return parseInt(child.dataset.start, 10);
      return parseInt(root.dataset.length, 10);
    }
    var seg = el.closest("[data-start]");
    if (!seg || !root.contains(seg)) return null;
    var r = document.createRange();
    r.setStart(seg, 0);
    r.setEnd(node, offset);
    return parseInt(seg.dataset.start, 10) + r.toString().length;
  }

  function selectionSpan() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    var range = sel.getRangeAt(0);
    var start = bodyOffset(range.startContainer, range.startOffset);
    var end = bodyOffset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    return { start: start, end: end, text: range.toString() };
  }

  function fillManualForm(span) {
    var box = document.getElementById("manual-claim");
    if (!box) return;
    var s = document.getElementById("id_new-start");
    var e = document.getElementById("id_new-end");
    var t = document.getElementById("id_new-text");
    if (s) s.value = span.start;
    if (e) e.value = span.end;
    if (t) t.value = span.text.trim();
    box.open = true;
  }

  var lastCaret = null; // {claim, offset}

  function caretOffsetAt(x, y) {
    var node, off;
    if (document.caretPositionFromPoint) {
      var p = document.caretPositionFromPoint(x, y);
      if (!p) return null; node = p.offsetNode; off = p.offset;
    } else if (document.caretRangeFromPoint) {
      var r = document.caretRangeFromPoint(x, y);
      if (!r) return null; node = r.startContainer; off = r.startOffset;
    } else { return null; }
    return bodyOffset(node, off);
  }

  document.addEventListener("mouseup", function (ev) {
    var root = textRoot();
    if (!root || !root.contains(ev.target)) return;
    var span = selectionSpan();
    if (span) fillManualForm(span);
  });

  // A click that ends a selection must not open a claim.
  document.addEventListener("click", function (ev) {
    var hl = ev.target.closest && ev.target.closest(".hl");
    if (!hl) return;
    if (selectionSpan()) { ev.preventDefault(); ev.stopPropagation(); return; }
    lastCaret = { claim: hl.dataset.claim, offset: caretOffsetAt(ev.clientX, ev.clientY) };
  }, true);

  function markCurrent() {
    var panel = document.getElementById("panel");
    var id = panel && panel.dataset.claim;
    document.querySelectorAll(".hl.current, .claim-row.current").forEach(function (el) {
      el.classList.remove("current");
    });
    if (!id) return;
    document.querySelectorAll('.hl[data-claim="' + id + '"], .claim-row[data-claim="' + id + '"]').forEach(function (el) {
      el.classList.add("current");
    });
    var split = panel.querySelector("[data-split-for]");
    if (split && lastCaret && lastCaret.claim === id && lastCaret.offset !== null) {
      var v = lastCaret.offset;
      if (v > parseInt(split.min, 10) - 1 && v < parseInt(split.max, 10) + 1) split.value = v;
    }
  }

  // A status change answers with the claim's row only (out of band), not the
  // whole text: the claim's highlights take the status of its row.
  function syncHighlights() {
    var panel = document.getElementById("panel");
    var id = panel && panel.dataset.claim;
    var row = id && document.querySelector('.claim-row[data-claim="' + id + '"]');
    if (!row) return;
    var status = row.dataset.status;
    document.querySelectorAll('#article-text .hl[data-claim="' + id + '"]').forEach(function (el) {
      if (el.dataset.status === status) return;
      el.classList.remove("status-" + el.dataset.status);
      el.classList.add("status-" + status);
      el.dataset.status = status;
    });
  }

  document.addEventListener("htmx:afterSwap", syncHighlights);

  /* The header's extraction progress, once the extraction has ended, brings the
   * whole workspace back with the new claims when the page it was asked from had
   * no claim open (HX-Retarget: #workspace). A claim opened while that answer was
   * on its way must not be swept away: the answer is dropped, and the next poll,
   * asked from the claim's page, gets the header's notice instead. */
  document.addEventListener("htmx:beforeSwap", function (ev) {
    var d = ev.detail;
    var elt = d && d.requestConfig && d.requestConfig.elt;
    if (!elt || elt.id !== "extraction-status" || !d.target || d.target.id !== "workspace") return;
    if (document.querySelector("#panel[data-claim]")) d.shouldSwap = false;
  });

  document.addEventListener("htmx:afterSettle", function (ev) {
    markCurrent();
    var t = ev.detail && ev.detail.target;
    var cfg = ev.detail && ev.detail.requestConfig;
    if (t && t.id === "panel" && cfg && cfg.verb === "get") {
      var top = document.getElementById("panel").getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight * 0.6) {
        document.getElementById("panel").scrollIntoView({ block: "start" });
      }
    }
  });

  document.addEventListener("DOMContentLoaded", markCurrent);
})();
