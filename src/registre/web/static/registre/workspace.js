/* Registre — the clerk's session page during the sitting (issue 15). A file, not an
   inline script (the CSP allows scripts from the portal only). Everything here improves a
   page that works without it:
   - a save stays where the clerk is: the form is sent in the background, the page's
     content is replaced by the answer (board, findings, forms, grid) and the scroll
     position kept; the confirmation is next to the form that made it;
   - a search box before each list of members (selects and checkbox lists, 124 names);
   - the grid of attendance filtered by name;
   - quorum and tally previewed as the clerk types, from the figures of the board. */
(function () {
  "use strict";

  function norm(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  /* A search box before a <select data-searchable>: hides the options that do not match
     and selects the first that does. */
  function searchableSelect(select) {
    if (select.dataset.enhanced) return;
    select.dataset.enhanced = "1";
    var box = document.createElement("input");
    box.type = "search";
    box.className = "picker-search";
    box.setAttribute("autocomplete", "off");
    box.setAttribute("aria-label", "Chercher dans « " + labelOf(select) + " »");
    box.placeholder = "chercher un nom…";
    select.parentNode.insertBefore(box, select);
    box.addEventListener("input", function () {
      var q = norm(box.value), first = null;
      Array.prototype.forEach.call(select.options, function (o) {
        var show = !o.value || norm(o.text).indexOf(q) !== -1;
        o.hidden = !show;
        if (show && o.value && !first) first = o;
      });
      if (first && q) { select.value = first.value; select.dispatchEvent(new Event("change", {bubbles: true})); }
    });
  }

  /* A search box before a list of checkboxes (Django's CheckboxSelectMultiple). */
  function searchableChecks(list) {
    if (list.dataset.enhanced) return;
    list.dataset.enhanced = "1";
    list.classList.add("picker-list");
    var box = document.createElement("input");
    box.type = "search";
    box.className = "picker-search";
    box.setAttribute("autocomplete", "off");
    box.setAttribute("aria-label", "Chercher dans « " + labelOf(list) + " »");
    box.placeholder = "chercher un nom…";
    list.parentNode.insertBefore(box, list);
    box.addEventListener("input", function () {
      var q = norm(box.value);
      list.querySelectorAll("label").forEach(function (label) {
        var item = label.closest("div") || label;
        var input = label.querySelector("input");
        item.hidden = !(input && input.checked) && norm(label.textContent).indexOf(q) === -1;
      });
    });
  }

  function labelOf(el) {
    var label = el.id && document.querySelector('label[for="' + el.id + '"]');
    if (!label) { var field = el.closest(".field"); label = field && field.querySelector("label"); }
    return label ? label.textContent.trim() : "la liste";
  }

  function filterRows(input) {
    if (input.dataset.enhanced) return;
    input.dataset.enhanced = "1";
    input.addEventListener("input", function () {
      var q = norm(input.value);
      document.querySelectorAll(input.dataset.filterRows).forEach(function (tr) {
        tr.hidden = q && norm(tr.dataset.name || tr.textContent).indexOf(q) === -1;
      });
    });
  }

  function row(number) {
    return number ? document.querySelector('#board tr[data-item="' + CSS.escape(number) + '"]') : null;
  }

  /* The vote as typed: expressed, majority, outcome, and the sum against the votes
     available the board shows (V-01: absolute majority of the votes cast; L2121-20). */
  function liveVote(form) {
    var out = form.querySelector("#vote-live");
    if (!out) return;
    var item = form.querySelector('[name="vote-item"]');
    var r = row(item && item.value);
    var n = function (name) {
      var el = form.querySelector('[name="vote-' + name + '"]');
      return el && el.value !== "" ? parseInt(el.value, 10) : null;
    };
    var f = n("for_count"), c = n("against_count"), a = n("abstention_count");
    var unanimous = form.querySelector('[name="vote-unanimous"]');
    var available = r && r.dataset.available ? parseInt(r.dataset.available, 10) : null;
    var parts = [];
    if (unanimous && unanimous.checked && f === null) {
      parts.push("À l'unanimité" + (available !== null ? " : " + available + " voix pour" : ""));
    } else if (f !== null && c !== null) {
      var expressed = f + c;
      var outcome = f > c ? "adopté" : (f < c ? "rejeté" : "partage égal : voix du président (V-02)");
      parts.push("Exprimés " + expressed + " ; majorité absolue " + (Math.floor(expressed / 2) + 1) +
                 " → " + outcome + " (V-01)");
      if (a !== null && available !== null) {
        var total = f + c + a;
        parts.push(total === available ? "total " + total + " = votes disponibles ✓"
                   : "⚠ total " + total + " ≠ " + available + " votes disponibles (REC-SUM)");
      }
    } else if (available !== null) {
      parts.push(available + " votes disponibles à cette question");
    }
    out.textContent = parts.join(" · ");
    out.classList.toggle("bad", /⚠/.test(out.textContent));
  }

  /* Where the chosen question stands now: present, required, votes available. */
  function liveItem(form) {
    var out = form.querySelector("output[data-live-item]");
    if (!out) return;
    var select = form.querySelector('select[name$="-item"], select[name$="-from_item"]');
    var r = row(select && select.value);
    if (!r) { out.textContent = ""; return; }
    var present = parseInt(r.dataset.present, 10), required = parseInt(r.dataset.required, 10);
    out.textContent = "Question n°" + r.dataset.item + " : " + present + " présents pour " + required +
      " requis (" + (present >= required ? "quorum atteint" : "quorum non atteint") + ")" +
      (r.dataset.available ? ", " + r.dataset.available + " votes disponibles" : "");
    out.classList.toggle("bad", present < required);
  }

  function enhance(root) {
    root.querySelectorAll("select[data-searchable]").forEach(searchableSelect);
    root.querySelectorAll("input.picker").forEach(function (input) {
      var list = input.closest("div[id]");
      if (list) searchableChecks(list);
    });
    root.querySelectorAll("input[data-filter-rows]").forEach(filterRows);
    root.querySelectorAll("form.act").forEach(function (form) {
      var update = function () { liveVote(form); liveItem(form); };
      form.addEventListener("input", update);
      form.addEventListener("change", update);
      update();
    });
  }

  /* Send the form, put the answer in place of the page's content, keep the scroll. */
  function submitInPlace(event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.closest(".sitting") || form.method !== "post") return;
    if (!window.fetch || !window.DOMParser) return;
    event.preventDefault();
    var data = new FormData(form, event.submitter || undefined);
    // what the clerk was looking at: the grid's row of the cell clicked, or the form
    var rowOf = event.submitter && event.submitter.closest("tr[data-person]");
    var anchor = rowOf ? '#grille-table tr[data-person="' + CSS.escape(rowOf.dataset.person) + '"]'
                       : (form.id ? "#" + CSS.escape(form.id) : null);
    var id = form.id, y = window.scrollY;
    var top = (rowOf || form).getBoundingClientRect().top;
    form.setAttribute("aria-busy", "true");
    fetch(form.action, {method: "POST", body: data, credentials: "same-origin",
                        headers: {"X-Requested-With": "fetch"}})
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("main .sitting");
        var here = document.querySelector("main .sitting");
        if (!fresh || !here) { document.open(); document.write(html); document.close(); return; }
        var filters = {};
        here.querySelectorAll("input[type=search][id]").forEach(function (i) { filters[i.id] = i.value; });
        here.replaceWith(fresh);
        var messages = doc.querySelector("main .messages"), old = document.querySelector("main .messages");
        if (old) old.remove();
        if (messages) fresh.parentNode.insertBefore(messages, fresh);
        enhance(fresh);
        Object.keys(filters).forEach(function (k) {
          var i = document.getElementById(k);
          if (i && filters[k]) { i.value = filters[k]; i.dispatchEvent(new Event("input")); }
        });
        var again = id && document.getElementById(id);
        var mark = anchor && document.querySelector(anchor);
        // what the clerk looked at stays where it was on the screen, whatever changed above it
        window.scrollTo(0, mark ? window.scrollY + mark.getBoundingClientRect().top - top : y);
        var focus = again && (again.querySelector(".error, .notice, .confirm") || again);
        if (focus) {
          if (!focus.hasAttribute("tabindex")) focus.setAttribute("tabindex", "-1");
          focus.focus({preventScroll: true});
        }
      })
      .catch(function () { form.removeAttribute("aria-busy"); form.submit(); });
  }

  document.addEventListener("submit", submitInPlace);
  enhance(document);
})();
