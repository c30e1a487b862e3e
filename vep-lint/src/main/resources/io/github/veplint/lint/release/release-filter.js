// The release check-in's counts follow the page's SIG filter, which hides every element of another
// SIG (table rows, chart bars, the VEPs named in the load table): the release state's total row,
// the headings' counts and each person's load show what the filter leaves; people without load in
// the SIG and the gaps hidden chart rows leave are closed. Runs after the page's filter script (it
// comes after it), on the same change event. No libraries: the page is offline.
(function () {
  "use strict";
  var select = document.getElementById("filter-sig");
  if (!select) { return; }

  function shown(el) { return !el.hidden && el.style.display !== "none"; }
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // A count in a heading, e.g. "… · 30 VEPs" or "Needs attention: 11 cross-checks".
  function heading(id, count, pattern, one, many) {
    var h2 = document.querySelector("#" + id + " h2");
    if (!h2) { return; }
    if (h2.dataset.all === undefined) { h2.dataset.all = h2.textContent; }
    h2.textContent = select.value === "" ? h2.dataset.all : h2.dataset.all.replace(pattern, plural(count, one, many));
  }

  function state() {
    var rows = all("#state tbody tr");
    rows.filter(function (r) { return !r.hasAttribute("data-sig"); }).forEach(function (total) {
      for (var c = 0; c < total.cells.length; c++) {
        var cell = total.cells[c];
        if (cell.dataset.all === undefined) { cell.dataset.all = cell.textContent; }
        if (select.value === "") { cell.textContent = cell.dataset.all; continue; }
        if (c === 0) { cell.textContent = select.value + " (filtered)"; continue; }
        var sum = 0;
        rows.forEach(function (r) {
          if (r !== total && r.hasAttribute("data-sig") && shown(r)) { sum += Number(r.cells[c].textContent) || 0; }
        });
        cell.textContent = String(sum);
      }
    });
  }

  // A person's load within the chosen SIG: data-load is "sig=n sig=n …", each SIG percent-encoded.
  function load(el) {
    var total = 0;
    var sig = select.value;
    (el.getAttribute("data-load") || "").split(" ").forEach(function (part) {
      var at = part.lastIndexOf("=");
      if (at > 0 && (sig === "" || decodeURIComponent(part.slice(0, at)) === sig)) { total += Number(part.slice(at + 1)) || 0; }
    });
    return total;
  }

  function people() {
    all("#load-people tbody tr[data-load]").forEach(function (row) {
      var n = load(row);
      row.hidden = n === 0;
      row.cells[1].textContent = String(n);
      Array.prototype.forEach.call(row.querySelectorAll("td.veps"), function (cell) {
        var none = cell.querySelector(".none");
        if (none) { none.hidden = cell.querySelector("span.vep:not([hidden])") !== null; }
      });
    });
    all("#people-chart g[data-load]").forEach(function (g) {
      var n = load(g);
      g.style.display = n === 0 ? "none" : "";
      var total = g.querySelector("text.total");
      if (total) {
        total.textContent = String(n);
        var right = 0;
        Array.prototype.forEach.call(g.querySelectorAll("rect[data-count]"), function (r) {
          if (shown(r)) { right = Math.max(right, Number(r.getAttribute("x")) + Number(r.getAttribute("width"))); }
        });
        if (right > 0) { total.setAttribute("x", String(right + 6)); }
      }
    });
  }

  // Closes the gaps of hidden chart rows: the shown rows move up, the chart shrinks.
  function reflow(svg) {
    if (!svg) { return; }
    var rows = Array.prototype.slice.call(svg.querySelectorAll("g[data-y]"));
    if (rows.length === 0) { return; }
    var y = Number(rows[0].getAttribute("data-y"));
    rows.forEach(function (g) {
      if (!shown(g)) { return; }
      var from = Number(g.getAttribute("data-y"));
      g.setAttribute("transform", "translate(0 " + (y - from) + ")");
      y += Number(g.getAttribute("data-h"));
    });
    if (svg.dataset.height === undefined) { svg.dataset.height = svg.getAttribute("height"); }
    var height = select.value === "" ? Number(svg.dataset.height) : y + 8;
    svg.setAttribute("height", String(height));
    var box = svg.getAttribute("viewBox").split(" ");
    svg.setAttribute("viewBox", box[0] + " " + box[1] + " " + box[2] + " " + height);
  }

  // The summary's cards and findings by rule, from the rows of the VEP overview and the findings.
  function summary() {
    var sums = {error: 0, warning: 0, info: 0, files: 0, "files-with-findings": 0};
    all("tr.vep-row").filter(shown).forEach(function (row) {
      var n = row.cells.length;
      var counts = [row.cells[n - 3], row.cells[n - 2], row.cells[n - 1]].map(function (c) { return Number(c.textContent) || 0; });
      sums.error += counts[0];
      sums.warning += counts[1];
      sums.info += counts[2];
      sums.files += 1;
      if (counts[0] + counts[1] + counts[2] > 0) { sums["files-with-findings"] += 1; }
    });
    Object.keys(sums).forEach(function (key) {
      var value = document.querySelector('#summary [data-count="' + key + '"]');
      if (!value) { return; }
      if (value.dataset.all === undefined) { value.dataset.all = value.textContent; }
      value.textContent = select.value === "" ? value.dataset.all : String(sums[key]);
    });
    var byRule = {};
    all("tr.finding").forEach(function (row) {
      var link = row.querySelector("a.rule-link");
      if (link && (select.value === "" || row.dataset.sig === select.value)) {
        byRule[link.textContent] = (byRule[link.textContent] || 0) + 1;
      }
    });
    all("#summary [data-rule-count]").forEach(function (cell) {
      if (cell.dataset.all === undefined) { cell.dataset.all = cell.textContent; }
      var n = byRule[cell.getAttribute("data-rule-count")] || 0;
      cell.textContent = select.value === "" ? cell.dataset.all : String(n);
      cell.parentNode.hidden = select.value !== "" && n === 0;
    });
  }

  function apply() {
    summary();
    state();
    people();
    heading("release", all("#release tbody tr[data-sig]").filter(shown).length, /\d+ VEPs?$/, "VEP", "VEPs");
    heading("attention", all("#attention tbody tr[data-sig]").filter(shown).length, /\d+ cross-checks?$/,
        "cross-check", "cross-checks");
    reflow(document.getElementById("release-chart"));
    reflow(document.getElementById("people-chart"));
  }

  select.addEventListener("change", apply);
  apply();
})();
