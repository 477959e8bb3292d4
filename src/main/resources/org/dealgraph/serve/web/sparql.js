// dealgraph's query page: posts the query to /dealgraph/sparql and shows the answer as a table
// (SELECT, ASK) or as Turtle (CONSTRUCT, DESCRIBE). Values are set with textContent, never as HTML.
(function () {
  'use strict';
  const results = document.getElementById('sparql-results');
  const status = document.getElementById('sparql-status');

  function cell(row, text, href) {
    const td = document.createElement(row.parentElement && row.parentElement.tagName === 'THEAD' ? 'th' : 'td');
    if (href) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = text;
      td.append(a);
    } else {
      td.textContent = text;
    }
    row.append(td);
  }

  function link(term) {
    if (term.type !== 'uri') { return null; }
    const base = document.getElementById('sparql-form').dataset.base;
    if (term.value.indexOf(base) === 0) { return '/id/' + term.value.substring(base.length); }
    return /^https?:\/\//i.test(term.value) ? term.value : null;
  }

  function table(json) {
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    if (json.boolean !== undefined) { cell(head, 'answer'); cell(table.insertRow(), String(json.boolean)); return table; }
    json.head.vars.forEach(function (v) { cell(head, v); });
    const body = table.createTBody();
    json.results.bindings.forEach(function (binding) {
      const row = body.insertRow();
      json.head.vars.forEach(function (v) {
        const term = binding[v];
        cell(row, term ? term.value : '', term ? link(term) : null);
      });
    });
    return table;
  }

  document.getElementById('sparql-form').addEventListener('submit', function (event) {
    event.preventDefault();
    status.textContent = 'Running…';
    fetch('/dealgraph/sparql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/sparql-results+json, text/turtle;q=0.9' },
      body: new URLSearchParams({ query: document.getElementById('query').value })
    }).then(function (response) {
      const type = response.headers.get('Content-Type') || '';
      return response.text().then(function (text) {
        results.replaceChildren();
        if (!response.ok) { throw new Error(text); }
        if (type.indexOf('json') >= 0) {
          const json = JSON.parse(text);
          results.append(table(json));
          status.textContent = json.results ? json.results.bindings.length + ' rows' : '';
        } else {
          const pre = document.createElement('pre');
          pre.textContent = text;
          results.append(pre);
          status.textContent = '';
        }
      });
    }).catch(function (error) {
      status.textContent = 'Error';
      const pre = document.createElement('pre');
      pre.textContent = error.message;
      results.replaceChildren(pre);
    });
  });
})();
