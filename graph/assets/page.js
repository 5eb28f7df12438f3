/* The page's behaviour: tooltips as DOM elements, the network, stabilisation, details panel, search.
 * The data (JSON inside the page) carries tooltips as HTML whose article text is already escaped;
 * they are parsed into inert <template> content, so nothing in them runs. */
(function () {
  "use strict";
  var t0 = performance.now();
  var data = JSON.parse(document.getElementById("dg-data").textContent);
  var timings = { parsed: performance.now() - t0 };

  function tip(html) {
    var t = document.createElement("template");
    t.innerHTML = html;
    var box = document.createElement("div");
    box.appendChild(t.content);
    return box;
  }
  data.nodes.forEach(function (n) { if (typeof n.title === "string") { n.title = tip(n.title); } });
  data.edges.forEach(function (e) { if (typeof e.title === "string") { e.title = tip(e.title); } });

  timings.tooltips = performance.now() - t0;
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("dg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  timings.network = performance.now() - t0;
  var state = { network: network, nodes: nodes, edges: edges, ready: false, centre: data.centre, timings: timings };
  window.diplograph = state;

  var loading = document.getElementById("dg-loading");
  function done() {
    if (state.ready) { return; }
    if (data.big) { network.setOptions({ physics: { enabled: false } }); }
    network.fit({ animation: false });
    if (data.centre.length) {  // the chosen person in the middle, zoomed out until everyone shows
      var at = network.getPosition(data.centre[0]);
      var all = network.getPositions();
      var dx = 1, dy = 1;
      Object.keys(all).forEach(function (id) {
        dx = Math.max(dx, Math.abs(all[id].x - at.x));
        dy = Math.max(dy, Math.abs(all[id].y - at.y));
      });
      var scale = Math.min(network.getScale(), container.clientWidth / (2 * (dx + 90)),
                           container.clientHeight / (2 * (dy + 60)));
      network.moveTo({ position: at, scale: scale, animation: false });
    }
    clearOfLegend();
    loading.style.display = "none";
    timings.ready = performance.now() - t0;
    state.ready = true;
  }
  function clearOfLegend() {  // the graph in the part of the view the legend leaves free, labels uncovered
    var legend = document.getElementById("dg-legend").getBoundingClientRect();
    var box = container.getBoundingClientRect();
    var covered = Math.max(0, legend.right - box.left);
    var free = box.width - covered - 10;
    if (!covered || free < box.width * 0.4) { return; }  // a narrow window folds the legend instead
    network.moveTo({ position: network.getViewPosition(), scale: network.getScale() * free / box.width,
                     offset: { x: covered / 2, y: 0 }, animation: false });
  }
  network.on("stabilizationProgress", function (p) {
    var share = p.total ? p.iterations / p.total : 1;
    document.getElementById("dg-bar-fill").style.width = Math.round(share * 100) + "%";
    document.getElementById("dg-progress").textContent = Math.round(share * 100) + "%";
  });
  network.once("stabilizationIterationsDone", done);
  network.once("stabilized", done);
  if (data.nodes.length === 0 || !data.options.physics.enabled) { done(); }

  if (window.innerWidth < 700) { document.querySelector("#dg-legend details").open = false; }  // room for the graph

  var details = document.getElementById("dg-details");
  var body = document.getElementById("dg-details-body");
  function show(item) {
    if (!item || !item.title) { details.hidden = true; return; }
    body.replaceChildren(item.title.cloneNode(true));
    details.hidden = false;
  }
  network.on("click", function (params) {
    if (params.nodes.length) { show(nodes.get(params.nodes[0])); }
    else if (params.edges.length) { show(edges.get(params.edges[0])); }
    else { details.hidden = true; }
  });
  document.getElementById("dg-close").addEventListener("click", function () { details.hidden = true; });

  var names = document.createElement("datalist");
  names.id = "dg-names";
  nodes.get({ filter: function (n) { return n.kind === "person"; } }).forEach(function (n) {
    var option = document.createElement("option");
    option.value = n.label;
    names.appendChild(option);
  });
  document.body.appendChild(names);
  document.getElementById("dg-search").addEventListener("change", function (ev) {
    var want = ev.target.value.trim().toLowerCase();
    if (!want) { return; }
    var found = nodes.get({ filter: function (n) { return String(n.label).toLowerCase().indexOf(want) >= 0; } });
    if (found.length) {
      network.selectNodes([found[0].id]);
      network.focus(found[0].id, { scale: 1.2, animation: { duration: 400 } });
      show(found[0]);
    }
  });
}());
