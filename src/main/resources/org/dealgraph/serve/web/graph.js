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
  const results = document.getElementById('results');
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

  function checkedKinds() {
    return Array.from(document.querySelectorAll('#kinds input:checked')).map(function (b) { return b.value; });
  }

  function allKinds() {
    return Array.from(document.querySelectorAll('#kinds input')).map(function (b) { return b.value; });
  }

  function parameters(iri) {
    const query = new URLSearchParams({ iri: iri, depth: document.getElementById('depth').value,
      kinds: checkedKinds().join(',') });
    ['from', 'to'].forEach(function (name) {
      const value = document.getElementById(name).value;
      if (value) { query.set(name, value); }
    });
    return query;
  }

  /** The address of the view as it is: what a reader shares. */
  function writeAddress(push) {
    const query = new URLSearchParams();
    if (roots.length > 0) { query.set('entity', roots[0]); }
    roots.slice(1).forEach(function (iri) { query.append('also', iri); });
    const depth = document.getElementById('depth').value;
    if (depth !== '1') { query.set('depth', depth); }
    const kinds = checkedKinds();
    if (kinds.length !== allKinds().length) { query.set('kinds', kinds.join(',')); }
    ['from', 'to'].forEach(function (name) {
      const value = document.getElementById(name).value;
      if (value) { query.set(name, value); }
    });
    const address = window.location.pathname + (query.toString() ? '?' + query : '');
    if (address !== window.location.pathname + window.location.search) {
      window.history[push ? 'pushState' : 'replaceState'](null, '', address);
    }
  }

  /** Sets the controls and the entities drawn from the address; whether there was a view in it. */
  function readAddress() {
    const query = new URLSearchParams(window.location.search);
    const depth = query.get('depth');
    if (depth && ['1', '2', '3'].indexOf(depth) >= 0) { document.getElementById('depth').value = depth; }
    if (query.has('kinds')) {
      const kinds = query.get('kinds').split(',');
      document.querySelectorAll('#kinds input').forEach(function (b) { b.checked = kinds.indexOf(b.value) >= 0; });
    }
    ['from', 'to'].forEach(function (name) { document.getElementById(name).value = query.get(name) || ''; });
    roots.length = 0;
    if (query.get('entity')) { roots.push(query.get('entity')); }
    query.getAll('also').forEach(function (iri) { if (roots.indexOf(iri) < 0) { roots.push(iri); } });
    return roots.length > 0;
  }

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) { throw new Error(json.error || response.statusText); }
        return json;
      });
    });
  }

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
        answers.forEach(function (json) {
          json.elements.nodes.forEach(function (n) { nodes.set(n.data.id, n.data); });
          json.elements.edges.forEach(function (e) { edges.set(e.data.id, e.data); });
        });
        draw(nodes, merge(Array.from(edges.values())));
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
    status.textContent = cy.nodes().length + ' nodes, ' + cy.edges().length + ' lines ('
      + lines.reduce(function (n, l) { return n + l.count; }, 0) + ' facts)'
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

  function search(text) {
    return fetchJson('/api/search?' + new URLSearchParams({ q: text })).then(function (found) {
      closeList();
      if (!Array.isArray(found) || found.length === 0) { nothingFound(text); return; }
      searchBox.value = found[0].label;
      return open(found[0].iri, true);
    }).catch(function (error) { status.textContent = 'Error: ' + error.message; });
  }

  // completion: matches as one types, arrows to move, Enter to open
  let asked = 0;
  function complete() {
    const text = searchBox.value.trim();
    const mine = ++asked;
    if (text.length < 2) { closeList(); return; }
    fetchJson('/api/search?' + new URLSearchParams({ q: text })).then(function (found) {
      if (mine !== asked) { return; }
      results.replaceChildren();
      found.slice(0, 10).forEach(function (item, i) {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.dataset.iri = item.iri;
        li.classList.toggle('active', i === 0);
        const name = document.createElement('span');
        name.textContent = item.label;
        const type = document.createElement('small');
        type.textContent = item.type;
        li.append(name, ' ', type);
        li.addEventListener('mousedown', function (event) {
          event.preventDefault();
          searchBox.value = item.label;
          closeList();
          open(item.iri, true);
        });
        results.append(li);
      });
      searchBox.setAttribute('aria-expanded', String(found.length > 0));
    }).catch(function () { closeList(); });
  }

  function closeList() {
    asked++;
    results.replaceChildren();
    searchBox.setAttribute('aria-expanded', 'false');
  }

  searchBox.addEventListener('input', complete);
  searchBox.addEventListener('blur', function () { setTimeout(closeList, 150); });
  searchBox.addEventListener('keydown', function (event) {
    const items = Array.from(results.children);
    const at = items.findIndex(function (li) { return li.classList.contains('active'); });
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && items.length > 0) {
      event.preventDefault();
      const next = (at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items.forEach(function (li, i) { li.classList.toggle('active', i === next); });
    } else if (event.key === 'Escape') {
      closeList();
    }
  });
  document.getElementById('search-form').addEventListener('submit', function (event) {
    event.preventDefault();
    const active = results.querySelector('li.active');
    if (active) {
      searchBox.value = active.firstChild.textContent;
      const iri = active.dataset.iri;
      closeList();
      open(iri, true);
      return;
    }
    const text = searchBox.value.trim();
    if (text) { search(text); }
  });

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

  window.addEventListener('popstate', restore);
  panel.legend(document.getElementById('legend'));
  panel.suggest(document.getElementById('suggested'), function (item) {
    searchBox.value = item.label;
    open(item.iri, true);
  });
  window.dealgraphView = { cy: cy, roots: roots, fitView: fitView };
  restore();
})();
