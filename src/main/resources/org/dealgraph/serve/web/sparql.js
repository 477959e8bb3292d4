// dealgraph's query editor: YASGUI on /dealgraph/sparql, with the example queries of the queries folder, a
// permalink, downloads as CSV or JSON, and the names of the resources beside their IRIs in the results.
// Completion uses this server's prefixes and terms only: nothing is asked of any other site.
(function () {
  'use strict';
  const ENDPOINT = '/dealgraph/sparql';
  const page = document.getElementById('sparql-page');
  const base = page.dataset.base;
  const prefixes = JSON.parse(page.dataset.prefixes || '{}');
  const status = document.getElementById('sparql-status');
  const names = new Map();

  function prefixLines() {
    return Object.keys(prefixes).sort().map(function (p) { return p + ': <' + prefixes[p] + '>'; });
  }

  function select(query) {
    const body = new URLSearchParams({ query: query });
    return fetch(ENDPOINT, { method: 'POST', body: body, headers: { Accept: 'application/sparql-results+json' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); });
  }

  let terms = null;
  function vocabulary(variable, pattern) {
    if (!terms) { terms = {}; }
    if (!terms[variable]) {
      terms[variable] = select('SELECT DISTINCT ?' + variable + ' WHERE { ' + pattern + ' } LIMIT 500')
        .then(function (j) { return j.results.bindings.map(function (b) { return b[variable].value; }); })
        .catch(function () { return []; });
    }
    return terms[variable];
  }

  Yasqe.defaults.autocompleters = [];
  Yasqe.forkAutocompleter('prefixes', { name: 'dg-prefixes', persistenceId: null, get: prefixLines }, false);
  Yasqe.forkAutocompleter('property', { name: 'dg-properties', bulk: true, persistenceId: null,
    get: function () { return vocabulary('p', '?s ?p ?o'); } }, false);
  Yasqe.forkAutocompleter('class', { name: 'dg-classes', bulk: true, persistenceId: null,
    get: function () { return vocabulary('c', '?s a ?c'); } }, false);
  Yasqe.defaults.autocompleters = ['dg-prefixes', 'variables', 'dg-properties', 'dg-classes'];
  Yasr.defaults.prefixes = prefixes;

  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: ENDPOINT, method: 'POST' },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: ENDPOINT }]; } }
  });
  window.dealgraphSparql = yasgui;

  function currentQuery() { return yasgui.getTab().getQuery(); }

  function updatePermalink() {
    document.getElementById('permalink').href = '/sparql?query=' + encodeURIComponent(currentQuery());
  }

  function download(accept, extension) {
    const body = new URLSearchParams({ query: currentQuery() });
    status.textContent = 'Downloading…';
    fetch(ENDPOINT, { method: 'POST', body: body, headers: { Accept: accept } })
      .then(function (r) { if (!r.ok) { throw new Error('the endpoint answered ' + r.status); } return r.blob(); })
      .then(function (blob) {
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = 'dealgraph-results.' + extension;
        document.body.append(a);
        a.click();
        a.remove();
        status.textContent = '';
      })
      .catch(function (e) { status.textContent = String(e.message || e); });
  }
  document.getElementById('download-csv').addEventListener('click', function () { download('text/csv', 'csv'); });
  document.getElementById('download-json').addEventListener('click', function () {
    download('application/sparql-results+json', 'json');
  });

  fetch('/sparql/examples.json').then(function (r) { return r.json(); }).then(function (examples) {
    const list = document.getElementById('examples');
    examples.forEach(function (e) {
      const option = document.createElement('option');
      option.value = e.name;
      option.textContent = e.name + ': ' + e.title;
      option.title = e.title;
      list.append(option);
    });
    list.addEventListener('change', function () {
      const chosen = examples.find(function (e) { return e.name === list.value; });
      if (chosen) { yasgui.getTab().setQuery(chosen.query); updatePermalink(); }
    });
  });

  // The names of the resources of the results, asked in one query per drawing, shown beside their IRIs;
  // IRIs of this store link to their pages here.
  function localPage(iri) {
    return base && iri.indexOf(base) === 0 ? '/id/' + iri.substring(base.length) : null;
  }

  function annotate(root) {
    const links = Array.from(root.querySelectorAll('.yasr_results a[href]')).filter(function (a) {
      return !a.dataset.dgDone && /^https?:/.test(a.getAttribute('href'));
    });
    const wanted = [];
    links.forEach(function (a) {
      const iri = a.getAttribute('href');
      if (localPage(iri) && !names.has(iri) && wanted.indexOf(iri) < 0) { wanted.push(iri); }
    });
    const asked = wanted.length === 0 ? Promise.resolve() : select(
      'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX schema: <https://schema.org/>\n'
      + 'SELECT ?s ?name WHERE { VALUES ?s { ' + wanted.slice(0, 500).map(function (i) { return '<' + i + '>'; }).join(' ')
      + ' } ?s skos:prefLabel|schema:headline ?name }')
      .then(function (j) {
        wanted.forEach(function (i) { names.set(i, null); });
        j.results.bindings.forEach(function (b) { names.set(b.s.value, b.name.value); });
      }).catch(function () {});
    asked.then(function () {
      links.forEach(function (a) {
        if (a.dataset.dgDone) { return; }
        a.dataset.dgDone = '1';
        const iri = a.getAttribute('href');
        const here = localPage(iri);
        if (here) { a.setAttribute('href', here); }
        const name = names.get(iri);
        if (name) {
          const span = document.createElement('span');
          span.className = 'iri-name';
          span.textContent = name;
          a.before(span);
        }
      });
      const results = document.querySelector('.yasr_results');
      if (results) { results.dataset.named = String(document.querySelectorAll('.iri-name').length); }
    });
  }

  const observer = new MutationObserver(function () { annotate(document.getElementById('yasgui')); });
  observer.observe(document.getElementById('yasgui'), { childList: true, subtree: true });
  yasgui.on('query', function () { status.textContent = 'Running…'; });
  yasgui.on('queryResponse', function () { status.textContent = ''; updatePermalink(); });
  yasgui.getTab().getYasqe().on('change', updatePermalink);
  updatePermalink();
}());
