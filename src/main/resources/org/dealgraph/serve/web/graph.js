// dealgraph's graph view: search an organization or person, draw its neighbourhood from
// /api/neighbourhood, expand a node on click, filter by kind of fact and by date.
// All text from the data is set with textContent, never as HTML. The boxes of #kinds are one per kind
// of edge, written by the server; an edge kind without a colour below is drawn in the default grey.
(function () {
  'use strict';

  const colours = { deal: '#e76f51', partner: '#2a9d8f', 'invested-in': '#264653', acquired: '#9b2226',
    subsidiary: '#6d597a', role: '#e9c46a' };
  const container = document.getElementById('cy');
  const status = document.getElementById('status');
  const info = document.getElementById('info');
  const expanded = [];

  const cy = cytoscape({
    container: container,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom',
        'background-color': '#457b9d', width: 22, height: 22 } },
      { selector: 'node[type = "person"]', style: { 'background-color': '#f4a261', shape: 'round-rectangle' } },
      { selector: 'node.center', style: { 'border-width': 3, 'border-color': '#1d3557', width: 30, height: 30 } },
      { selector: 'edge', style: { width: 2, 'curve-style': 'bezier', 'line-color': '#8d99ae', label: 'data(caption)',
        'font-size': 9, 'text-rotation': 'autorotate', color: '#333' } },
      { selector: 'edge[?directed]', style: { 'target-arrow-shape': 'triangle' } }
    ].concat(Object.keys(colours).map(function (kind) {
      return { selector: 'edge[kind = "' + kind + '"]',
        style: { 'line-color': colours[kind], 'target-arrow-color': colours[kind] } };
    }))
  });
  window.dealgraphView = { cy: cy };

  function parameters(iri) {
    const kinds = Array.from(document.querySelectorAll('#kinds input:checked')).map(function (b) { return b.value; });
    const query = new URLSearchParams({ iri: iri, depth: document.getElementById('depth').value,
      kinds: kinds.join(',') });
    ['from', 'to'].forEach(function (name) {
      const value = document.getElementById(name).value;
      if (value) { query.set(name, value); }
    });
    return query;
  }

  function caption(data) {
    return [data.kind, data.amountText || data.title || ''].filter(Boolean).join(' ');
  }

  function record() {
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
    status.textContent = cy.nodes().length + ' nodes, ' + cy.edges().length + ' edges';
  }

  function load(iri) {
    if (kindsNone()) { status.textContent = 'Choose at least one kind of fact.'; return Promise.resolve(); }
    status.textContent = 'Loading…';
    return fetch('/api/neighbourhood?' + parameters(iri)).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) { throw new Error(json.error || response.statusText); }
        return json;
      });
    }).then(function (json) {
      const added = [];
      json.elements.nodes.forEach(function (n) {
        if (cy.getElementById(n.data.id).empty()) { added.push({ group: 'nodes', data: n.data }); }
      });
      json.elements.edges.forEach(function (e) {
        if (cy.getElementById(e.data.id).empty()) {
          e.data.caption = caption(e.data);
          added.push({ group: 'edges', data: e.data });
        }
      });
      cy.add(added);
      cy.getElementById(iri).addClass('center');
      if (expanded.indexOf(iri) < 0) { expanded.push(iri); }
      cy.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true }).run();
      record();
    }).catch(function (error) { status.textContent = 'Error: ' + error.message; });
  }

  function kindsNone() { return document.querySelectorAll('#kinds input:checked').length === 0; }

  function reload() {
    const roots = expanded.slice();
    cy.elements().remove();
    expanded.length = 0;
    roots.reduce(function (p, iri) { return p.then(function () { return load(iri); }); }, Promise.resolve());
  }

  function show(node) {
    info.replaceChildren();
    const title = document.createElement('h3');
    title.textContent = node.data('label');
    const kind = document.createElement('p');
    kind.textContent = node.data('type');
    info.append(title, kind);
    if (node.data('href')) {
      const link = document.createElement('a');
      link.href = node.data('href');
      link.textContent = 'Open its page';
      info.append(link);
    }
  }

  function search(text) {
    const results = document.getElementById('results');
    return fetch('/api/search?' + new URLSearchParams({ q: text })).then(function (r) { return r.json(); })
      .then(function (found) {
        results.replaceChildren();
        if (!Array.isArray(found) || found.length === 0) { status.textContent = 'Nothing found.'; return; }
        found.forEach(function (item) {
          const li = document.createElement('li');
          li.textContent = item.label + ' (' + item.type + ')';
          li.addEventListener('click', function () { cy.elements().remove(); expanded.length = 0; load(item.iri); });
          results.append(li);
        });
        cy.elements().remove();
        expanded.length = 0;
        return load(found[0].iri);
      });
  }

  cy.on('tap', 'node', function (event) { show(event.target); load(event.target.id()); });
  cy.on('dbltap', 'node', function (event) {
    if (event.target.data('href')) { window.location.href = event.target.data('href'); }
  });
  document.getElementById('search-form').addEventListener('submit', function (event) {
    event.preventDefault();
    const text = document.getElementById('search').value.trim();
    if (text) { search(text); }
  });
  document.querySelectorAll('#kinds input, #from, #to, #depth').forEach(function (control) {
    control.addEventListener('change', reload);
  });
  const asked = new URLSearchParams(window.location.search).get('q');
  if (asked) { document.getElementById('search').value = asked; search(asked); }
})();
