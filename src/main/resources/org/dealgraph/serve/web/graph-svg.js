// dealgraph's own SVG export of the graph view: the nodes, lines, arrows and labels where Cytoscape.js drew
// them (model coordinates), with the legend of the kinds drawn, as one standalone SVG document.
(function () {
  'use strict';

  function escape(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  }

  function number(n) { return Math.round(n * 10) / 10; }

  function point(p) { return number(p.x) + ' ' + number(p.y); }

  /** The path of a line: straight, or through the control point Cytoscape.js gave a bundled bezier. */
  function path(edge) {
    const from = edge.sourceEndpoint();
    const to = edge.targetEndpoint();
    const controls = edge.controlPoints();
    if (controls && controls.length > 0) {
      return 'M ' + point(from) + ' Q ' + point(controls[0]) + ' ' + point(to);
    }
    return 'M ' + point(from) + ' L ' + point(to);
  }

  /** A triangle at the target end, pointing along the last stretch of the line. */
  function arrow(edge) {
    const to = edge.targetEndpoint();
    const controls = edge.controlPoints();
    const before = controls && controls.length > 0 ? controls[controls.length - 1] : edge.sourceEndpoint();
    const angle = Math.atan2(to.y - before.y, to.x - before.x);
    const size = 8;
    const corner = function (turn) {
      return { x: to.x - size * Math.cos(angle + turn), y: to.y - size * Math.sin(angle + turn) };
    };
    return 'M ' + point(to) + ' L ' + point(corner(0.45)) + ' L ' + point(corner(-0.45)) + ' Z';
  }

  function node(n, colours) {
    const p = n.position();
    const size = n.width();
    const fill = n.data('type') === 'person' ? colours.person : colours.organization;
    const ring = n.hasClass('center') ? ' stroke="#1d3557" stroke-width="4"'
      : n.hasClass('expanded') ? ' stroke="#1d3557" stroke-width="2"' : '';
    const shape = n.data('type') === 'person'
      ? '<rect x="' + number(p.x - size / 2) + '" y="' + number(p.y - size / 2) + '" width="' + number(size)
        + '" height="' + number(size) + '" rx="4" fill="' + fill + '"' + ring + '/>'
      : '<circle cx="' + number(p.x) + '" cy="' + number(p.y) + '" r="' + number(size / 2) + '" fill="' + fill
        + '"' + ring + '/>';
    return shape + '<text x="' + number(p.x) + '" y="' + number(p.y + size / 2 + 13)
      + '" text-anchor="middle" class="node">' + escape(n.data('label')) + '</text>';
  }

  function line(e, panel) {
    const colour = panel.colour(e.data('kind'));
    let svg = '<path d="' + path(e) + '" fill="none" stroke="' + colour + '" stroke-width="'
      + number(e.data('width')) + '"/>';
    if (e.data('directed')) { svg += '<path d="' + arrow(e) + '" fill="' + colour + '"/>'; }
    return svg;
  }

  /** A line's label, drawn over the nodes so that no node hides it; only where the view shows it. */
  function caption(e) {
    if (!e.hasClass('labelled')) { return ''; }
    const mid = e.midpoint();
    return '<text x="' + number(mid.x) + '" y="' + number(mid.y - 3) + '" text-anchor="middle" class="edge">'
      + escape(e.data('caption')) + '</text>';
  }

  function legend(x, y, panel) {
    const boxes = Array.from(document.querySelectorAll('#kinds input'));
    let svg = '<g class="legend"><circle cx="' + (x + 9) + '" cy="' + (y - 3) + '" r="5" fill="'
      + panel.colours.organization + '"/><text x="' + (x + 24) + '" y="' + y + '" class="edge">organization</text>'
      + '<rect x="' + (x + 4) + '" y="' + (y + 8) + '" width="10" height="10" rx="2" fill="' + panel.colours.person
      + '"/><text x="' + (x + 24) + '" y="' + (y + 16) + '" class="edge">person</text>';
    boxes.forEach(function (box, i) {
      const at = y + 32 + 16 * i;
      svg += '<rect x="' + x + '" y="' + (at - 4) + '" width="18" height="4" fill="' + panel.colour(box.value)
        + '"/><text x="' + (x + 24) + '" y="' + at + '" class="edge">'
        + escape(box.parentElement.textContent.trim()) + '</text>';
    });
    return svg + '</g>';
  }

  /** The drawing as an SVG document. */
  function render(cy, panel) {
    const box = cy.elements().boundingBox({ includeLabels: true });
    const margin = 20;
    const legendWidth = 150;
    const x = number(box.x1 - margin);
    const y = number(box.y1 - margin);
    const width = number(box.w + 2 * margin + legendWidth);
    const height = number(Math.max(box.h + 2 * margin, 52 + 16 * document.querySelectorAll('#kinds input').length));
    const parts = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<svg xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height + '" viewBox="' + x + ' '
        + y + ' ' + width + ' ' + height + '">',
      '<style>text{font-family:system-ui,sans-serif;fill:#1d232b;paint-order:stroke;stroke:#fff;stroke-width:3px}'
        + 'text.node{font-size:11px}text.edge{font-size:10px}</style>',
      '<rect x="' + x + '" y="' + y + '" width="' + width + '" height="' + height + '" fill="#fff"/>'];
    cy.edges().forEach(function (e) { parts.push(line(e, panel)); });
    cy.nodes().forEach(function (n) { parts.push(node(n, panel.colours)); });
    cy.edges().forEach(function (e) { parts.push(caption(e)); });
    parts.push(legend(number(box.x2 + margin + 10), number(box.y1 + 4), panel));
    parts.push('</svg>');
    return parts.join('\n');
  }

  window.DealgraphSvg = { render: render };
})();
