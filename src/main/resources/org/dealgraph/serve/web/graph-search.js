// The search box of dealgraph's graph view: matches from /api/search as one types (arrows move, Enter or a
// click opens one), and a search for the typed text when none is chosen. All text from the data is set with
// textContent, never as HTML.
(function () {
  'use strict';

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) { throw new Error(json.error || response.statusText); }
        return json;
      });
    });
  }

  /**
   * Wires the box: {@code open(iri, push)} draws an entity, {@code nothingFound(text)} says that nothing
   * matched; returns the function that searches a text and opens its best match.
   */
  function attach(searchBox, open, nothingFound, status) {
    const results = document.getElementById('results');

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

    return search;
  }

  window.DealgraphSearch = { attach: attach, fetchJson: fetchJson };
})();
