// dealgraph's graph view: search an organization or person, draw its neighbourhood from /api/neighbourhood,
// expand a node on click (fCoSE places the new nodes and keeps the placed ones fixed), read a fact and its
// evidence on clicking a line, filter by kind of fact and by date. The view lives in the address
// (?entity=IRI&also=IRI&depth=N&kinds=a,b&from=DATE&to=DATE), so it can be shared and restored.
// Facts of one kind between the same two parties are one line with their number. All text from the data is
// set with textContent, never as HTML.
(function () {
  'use strict';

  const panel = window.DealgraphPanel;
  const colours = panel.colours;
  const container = document.getElementById('cy');
  const status = document.getElementById('status');
  const start = document.getElementById('start');
  const searchBox = document.getElementById('search');
  const roots = [];
  const DENSE = 14;

  const cy = cytoscape({
    container: container, minZoom: 0.15, maxZoom: 3, wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom',
        'text-margin-y': 3, 'background-color': colours.organization, width: 'data(size)', height: 'data(size)',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
        'text-max-width': 130, 'text-wrap': 'ellipsis', color: '#1d232b', 'min-zoomed-font-size': 6 } },
      { selector: 'node[type = "person"]', style: { 'background-color': colours.person, shape: 'round-rectangle' } },
      { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#1d3557' } },
      { selector: 'node.center', style: { 'border-width': 4, 'border-color': '#1d3557', 'font-weight': 'bold' } },
      { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', 'line-color': panel.colour(''),
        'target-arrow-color': panel.colour(''), 'font-size': 10, 'text-rotation': 'autorotate', color: '#1d232b',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
        'arrow-scale': 0.9, 'overlay-padding': 6 } },
      { selector: 'edge.labelled, edge.hover', style: { label: 'data(caption)' } },
      { selector: 'edge.hover, edge:selected', style: { 'z-index': 10, 'underlay-color': '#ffd166',
        'underlay-opacity': 0.6, 'underlay-padding': 3 } },
      { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } },
      { selector: '.faded', style: { opacity: 0.25 } }
    ].concat(Object.keys(colours.kinds).map(function (kind) {
      return { selector: 'edge[kind = "' + kind + '"]',
        style: { 'line-color': colours.kinds[kind], 'target-arrow-color': colours.kinds[kind] } };
    }))
  });

  const address = window.DealgraphAddress;
  const checkedKinds = address.checkedKinds;

  function parameters(iri) {
    const query = new URLSearchParams({ iri: iri, depth: document.getElementById('depth').value,
      kinds: checkedKinds().join(',') });
    ['from', 'to'].forEach(function (name) {
      const value = document.getElementById(name).value;
      if (value) { query.set(name, value); }
    });
    return query;
  }

  function writeAddress(push) { address.write(roots, push); }

  function readAddress() { return address.read(roots); }

  const fetchJson = window.DealgraphSearch.fetchJson;

  /** Edges of one kind between the same two parties, as one line that keeps every fact. */
  function merge(edges) {
    const lines = new Map();
    edges.forEach(function (e) {
      const ends = e.directed ? [e.source, e.target] : [e.source, e.target].sort();
      const key = e.kind + ' ' + ends.join(' ');
      if (!lines.has(key)) {
        lines.set(key, { id: 'line ' + key, source: e.source, target: e.target, kind: e.kind,
          directed: e.directed, facts: [] });
      }
      lines.get(key).facts.push(e);
    });
    lines.forEach(function (line) {
      const one = line.facts[0];
      line.count = line.facts.length;
      line.caption = line.count > 1 ? line.kind + ' ×' + line.count
        : [line.kind, one.amountText || one.title || ''].filter(Boolean).join(' ');
      line.width = Math.min(2 + 1.2 * (line.count - 1), 8);
    });
    return Array.from(lines.values());
  }

  function setState(state) {
    container.dataset.state = state;
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
    start.hidden = cy.nodes().length > 0;
  }

  /** Draws the neighbourhoods of every entity in roots: keeps what stays, adds what is new beside it. */
  function sync() {
    if (checkedKinds().length === 0) { status.textContent = 'Choose at least one kind of fact.'; }
    if (roots.length === 0) { return Promise.resolve(); }
    status.textContent = 'Loading…';
    setState('loading');
    return Promise.all(roots.map(function (iri) { return fetchJson('/api/neighbourhood?' + parameters(iri)); }))
      .then(function (answers) {
        const nodes = new Map();
        const edges = new Map();
        let capped = 0;
        answers.forEach(function (json) {
          json.elements.nodes.forEach(function (n) { nodes.set(n.data.id, n.data); });
          json.elements.edges.forEach(function (e) { edges.set(e.data.id, e.data); });
          if (json.capped) { capped = json.cap; }
        });
        draw(nodes, merge(Array.from(edges.values())));
        if (capped) {
          status.textContent += ' · capped at ' + capped + ' nodes a neighbourhood: not every neighbour is drawn';
        }
      }).catch(function (error) {
        status.textContent = 'Error: ' + error.message;
        setState('ready');
      });
  }

  function draw(nodes, lines) {
    const wanted = new Set(Array.from(nodes.keys()).concat(lines.map(function (l) { return l.id; })));
    cy.elements().filter(function (e) { return !wanted.has(e.id()); }).remove();
    const placed = cy.nodes().map(function (n) { return { nodeId: n.id(), position: Object.assign({}, n.position()) }; });
    const fresh = [];
    nodes.forEach(function (data, id) {
      if (cy.getElementById(id).empty()) { fresh.push(cy.add({ group: 'nodes', data: data })); }
    });
    lines.forEach(function (line) {
      const drawn = cy.getElementById(line.id);
      if (drawn.empty()) { cy.add({ group: 'edges', data: line }); } else { drawn.data(line); }
    });
    cy.nodes().forEach(function (n) { n.data('size', 18 + 4 * Math.sqrt(n.degree(false))); });
    cy.nodes().removeClass('center expanded');
    roots.forEach(function (iri, i) { cy.getElementById(iri).addClass(i === 0 ? 'center' : 'expanded'); });
    labels();
    status.textContent = counted(cy.nodes().length, 'node') + ', ' + counted(cy.edges().length, 'line') + ' ('
      + counted(lines.reduce(function (n, l) { return n + l.count; }, 0), 'fact') + ')'
      + (cy.edges().length > DENSE ? ' · point at a line or a node to read its labels' : '');
    const center = cy.getElementById(roots[0]);
    if (center.nonempty() && !searchBox.value) { searchBox.value = center.data('label'); }
    layout(placed, fresh);
  }

  /**
   * Every line's label while there are few; when dense, only those that say more than the colour does (an
   * amount, a title, a number of facts), and none past three times as many; a line pointed at shows its label.
   */
  function labels() {
    const lines = cy.edges().length;
    cy.edges().forEach(function (e) {
      const telling = e.data('count') > 1 || e.data('caption') !== e.data('kind');
      e.toggleClass('labelled', lines <= DENSE || (lines <= 3 * DENSE && telling));
    });
  }

  function counted(n, noun) { return n + ' ' + noun + (n === 1 ? '' : 's'); }

  /** Places new nodes; those already placed stay where they are. */
  function layout(placed, fresh) {
    const options = { name: 'fcose', animate: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: 120,
      nodeRepulsion: 9000, quality: 'proof', padding: 30 };
    if (placed.length === 0) {
      cy.layout(Object.assign(options, { randomize: true })).run();
      fitView(false);
      setState('ready');
      return;
    }
    if (fresh.length === 0) { setState('ready'); return; }
    fresh.forEach(function (node, i) {
      const anchor = node.neighborhood('node').filter(function (n) { return fresh.indexOf(n) < 0; }).first();
      const at = anchor.nonempty() ? anchor.position() : placed[0].position;
      const angle = 2 * Math.PI * i / fresh.length;
      node.position({ x: at.x + 90 * Math.cos(angle), y: at.y + 90 * Math.sin(angle) });
    });
    const run = cy.layout(Object.assign(options, { randomize: false, fixedNodeConstraint: placed }));
    run.one('layoutstop', function () {
      placed.forEach(function (p) { cy.getElementById(p.nodeId).position(p.position); });
      if (!inView(cy.elements().boundingBox())) { fitView(true); }
      setState('ready');
    });
    run.run();
  }

  /** Labels keep a readable size on screen when the drawing is zoomed out to fit a large neighbourhood. */
  let sizing = false;
  function readableLabels() {
    if (sizing) { return; }
    sizing = true;
    window.requestAnimationFrame(function () {
      sizing = false;
      const scale = 1 / Math.min(1, Math.max(cy.zoom(), 0.4));
      cy.style().selector('node').style({ 'font-size': 11 * scale, 'text-max-width': 130 * scale })
        .selector('edge').style({ 'font-size': 10 * scale }).update();
    });
  }

  function inView(box) {
    const view = cy.extent();
    return box.x1 >= view.x1 && box.x2 <= view.x2 && box.y1 >= view.y1 && box.y2 <= view.y2;
  }

  /** Fits the drawing, but never blows a small graph up past a readable size. */
  function fitView(animate) {
    const zoom = Math.min(1.4, Math.max(cy.minZoom(), fitZoom()));
    const box = cy.elements().boundingBox();
    const pan = { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) };
    if (animate) { cy.animate({ zoom: zoom, pan: pan }, { duration: 300 }); } else { cy.viewport({ zoom: zoom, pan: pan }); }
    readableLabels();
  }

  function fitZoom() {
    const box = cy.elements().boundingBox();
    const padding = 40;
    return Math.min((cy.width() - 2 * padding) / Math.max(box.w, 1), (cy.height() - 2 * padding) / Math.max(box.h, 1));
  }

  function clear() {
    cy.elements().remove();
    roots.length = 0;
    panel.clear();
    setState('empty');
  }

  function open(iri, push) {
    clear();
    roots.push(iri);
    writeAddress(push);
    return sync();
  }

  function nothingFound(text) {
    clear();
    writeAddress(true);
    status.textContent = 'Nothing found for “' + text + '”.';
    document.getElementById('start-message').textContent = 'Nothing found for “' + text
      + '”. Try another name, or start from one of these:';
  }


  cy.on('tap', 'node', function (event) {
    const node = event.target;
    panel.showNode(node);
    if (roots.indexOf(node.id()) < 0) {
      roots.push(node.id());
      writeAddress(false);
      sync();
    }
  });
  cy.on('dbltap', 'node', function (event) {
    if (event.target.data('href')) { window.location.href = event.target.data('href'); }
  });
  cy.on('tap', 'edge', function (event) { panel.showLine(event.target); });
  cy.on('zoom', readableLabels);
  cy.on('mouseover', 'edge', function (event) { event.target.addClass('hover'); });
  cy.on('mouseout', 'edge', function (event) { event.target.removeClass('hover'); });
  cy.on('mouseover', 'node', function (event) {
    const near = event.target.closedNeighborhood();
    cy.elements().not(near).addClass('faded');
    event.target.connectedEdges().addClass('hover');
  });
  cy.on('mouseout', 'node', function () { cy.elements().removeClass('faded hover'); });

  document.querySelectorAll('#kinds input, #from, #to, #depth').forEach(function (control) {
    control.addEventListener('change', function () { writeAddress(false); sync(); });
  });
  document.getElementById('fit').addEventListener('click', function () { fitView(true); });
  document.getElementById('export-png').addEventListener('click', function () {
    panel.download(cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 }), fileName('png'));
  });
  document.getElementById('export-svg').addEventListener('click', function () {
    panel.download(new Blob([window.DealgraphSvg.render(cy, panel)], { type: 'image/svg+xml' }), fileName('svg'));
  });

  function fileName(extension) {
    const center = roots.length > 0 ? cy.getElementById(roots[0]) : cy.collection();
    const name = center.nonempty() ? center.data('label') : 'graph';
    return 'dealgraph-' + name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') + '.' + extension;
  }

  function restore() {
    clear();
    searchBox.value = '';
    const named = new URLSearchParams(window.location.search).get('q');
    if (readAddress()) {
      writeAddress(false);
      sync();
    } else if (named) {
      searchBox.value = named;
      search(named);
    }
  }

  const search = window.DealgraphSearch.attach(searchBox, open, nothingFound, status);
  window.addEventListener('popstate', restore);
  panel.legend(document.getElementById('legend'));
  panel.suggest(document.getElementById('suggested'), function (item) {
    searchBox.value = item.label;
    open(item.iri, true);
  });
  window.dealgraphView = { cy: cy, roots: roots, fitView: fitView };
  restore();
})();
