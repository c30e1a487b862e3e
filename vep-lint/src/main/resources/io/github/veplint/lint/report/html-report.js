// Filters findings by SIG and severity. Hides a file's section when none of its findings is shown,
// and VEP rows of other SIGs; keeps "showing N of M" in step. No libraries: the page is offline.
(function () {
  "use strict";
  var sigSelect = document.getElementById("filter-sig");
  var boxes = document.querySelectorAll("input[name=severity]");
  var shownCount = document.getElementById("shown-count");

  function apply() {
    var sig = sigSelect.value;
    var severities = {};
    boxes.forEach(function (box) { severities[box.value] = box.checked; });
    var shown = 0;
    document.querySelectorAll("tr.finding").forEach(function (row) {
      var visible = (sig === "" || row.dataset.sig === sig) && severities[row.dataset.severity] === true;
      row.hidden = !visible;
      if (visible) { shown++; }
    });
    document.querySelectorAll("section.vep").forEach(function (section) {
      section.hidden = section.querySelector("tr.finding:not([hidden])") === null;
    });
    // Every other element of a SIG (table rows, chart bars) follows the SIG filter too.
    document.querySelectorAll("[data-sig]:not(tr.finding):not(section.vep)").forEach(function (el) {
      var off = sig !== "" && el.getAttribute("data-sig") !== sig;
      if (el instanceof SVGElement) { el.style.display = off ? "none" : ""; } else { el.hidden = off; }
    });
    shownCount.textContent = String(shown);
  }

  sigSelect.addEventListener("change", apply);
  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  apply();
})();
