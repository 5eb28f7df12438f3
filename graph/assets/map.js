/* The map page's behaviour: tooltips (escaped HTML parsed into inert <template> content), wheel
 * zoom and drag pan on the SVG's viewBox. Exposes window.diplograph for tests. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  var svg = document.getElementById("dg-map");
  var tooltip = document.getElementById("dg-tooltip");
  var box = svg.viewBox.baseVal;
  if (window.innerWidth < 700) { document.querySelector("#dg-legend details").open = false; }
  var full = { x: box.x, y: box.y, width: box.width, height: box.height };

  function tip(html) {
    var t = document.createElement("template");
    t.innerHTML = html;
    return t.content;
  }
  svg.querySelectorAll(".dg-dot").forEach(function (dot) {
    dot.addEventListener("mouseenter", function () {
      tooltip.replaceChildren(tip(data.tips[Number(dot.dataset.i)]));
      tooltip.style.display = "block";
    });
    dot.addEventListener("mousemove", function (ev) {
      var main = document.getElementById("dg-main").getBoundingClientRect();
      var room = Math.min(main.height, window.innerHeight - Math.max(0, main.top));
      tooltip.style.maxHeight = Math.max(120, room - 8) + "px";  /* never taller than what can be seen */
      var left = ev.clientX - main.left + 14, top = ev.clientY - main.top + 14;
      if (left + tooltip.offsetWidth > main.width) { left = Math.max(0, ev.clientX - main.left - tooltip.offsetWidth - 14); }
      if (top + tooltip.offsetHeight > main.height) { top = Math.max(0, main.height - tooltip.offsetHeight - 4); }
      tooltip.style.left = left + "px";
      tooltip.style.top = top + "px";
    });
    dot.addEventListener("mouseleave", function () { tooltip.style.display = "none"; });
  });

  function toSvg(clientX, clientY) {
    var p = svg.createSVGPoint();
    p.x = clientX; p.y = clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var at = toSvg(ev.clientX, ev.clientY);
    var k = ev.deltaY < 0 ? 0.8 : 1.25;
    var width = Math.min(full.width, Math.max(full.width / 40, box.width * k));
    k = width / box.width;
    box.x = at.x - (at.x - box.x) * k;
    box.y = at.y - (at.y - box.y) * k;
    box.width = width;
    box.height = box.height * k;
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (ev) { drag = toSvg(ev.clientX, ev.clientY); svg.style.cursor = "grabbing"; });
  window.addEventListener("pointerup", function () { drag = null; svg.style.cursor = ""; });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    var at = toSvg(ev.clientX, ev.clientY);
    box.x -= at.x - drag.x;
    box.y -= at.y - drag.y;
  });
  window.diplograph = { ready: true, dots: svg.querySelectorAll(".dg-dot").length, tips: data.tips.length };
}());
