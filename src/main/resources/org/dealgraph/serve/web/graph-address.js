// The graph view's state in the address, so that a view can be shared and restored:
// ?entity=IRI (the entity searched), also=IRI (each node expanded, in order), depth=N (when not 1),
// kinds=a,b (when not all are ticked), from=DATE, to=DATE.
(function () {
  'use strict';

  function checkedKinds() {
    return Array.from(document.querySelectorAll('#kinds input:checked')).map(function (b) { return b.value; });
  }

  function allKinds() {
    return Array.from(document.querySelectorAll('#kinds input')).map(function (b) { return b.value; });
  }

  /** The address of the view as it is: what a reader shares. */
  function write(roots, push) {
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
  function read(roots) {
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

  window.DealgraphAddress = { checkedKinds: checkedKinds, write: write, read: read };
})();
