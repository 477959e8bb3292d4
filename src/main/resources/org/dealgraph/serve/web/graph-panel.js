// The side panel and the legend of dealgraph's graph view: a line's facts (kind, parties, amount in words and
// figures, date, status) with each evidence sentence, its stated span marked, and links to the article's page
// and its source; a node's name and page; the legend of node and line kinds; the suggested entities of the
// start screen; downloads. All text from the data is set with textContent, never as HTML.
(function () {
  'use strict';

  const info = document.getElementById('info');
  const kinds = { deal: '#e76f51', partner: '#2a9d8f', 'invested-in': '#3a86ff', acquired: '#9b2226',
    subsidiary: '#6d597a', role: '#d4a017' };
  const colours = { organization: '#457b9d', person: '#f4a261', kinds: kinds };
  let shown = 0;

  function colour(kind) { return kinds[kind] || '#8d99ae'; }

  function element(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (className) { e.className = className; }
    return e;
  }

  function link(href, text, external) {
    const a = element('a', text);
    a.href = href;
    if (external) { a.rel = 'noopener noreferrer'; a.target = '_blank'; }
    return a;
  }

  /** The words the page gives a kind of line: the legend of its box in the filters. */
  function kindWords(kind) {
    const box = document.querySelector('#kinds input[value="' + CSS.escape(kind) + '"]');
    return box ? box.parentElement.textContent.trim() : kind;
  }

  function clear() {
    shown++;
    info.replaceChildren(element('p', 'Click a line to see the fact and its evidence; click a node to expand it.',
      'hint'));
    delete info.dataset.facts;
  }

  function showNode(node) {
    shown++;
    info.replaceChildren();
    info.append(element('h2', node.data('label')), element('p', node.data('type'), 'kind'));
    const lines = node.connectedEdges();
    const facts = lines.reduce(function (n, e) { return n + e.data('count'); }, 0);
    info.append(element('p', facts + ' facts drawn on ' + lines.length + ' lines. Click a line to read them.'));
    if (node.data('href')) { info.append(link(node.data('href'), 'Open its page')); }
  }

  /** The facts of a line, each read from /api/fact, in the order of their dates. */
  function showLine(edge) {
    const mine = ++shown;
    const data = edge.data();
    const source = edge.source().data('label');
    const target = edge.target().data('label');
    info.replaceChildren();
    const heading = element('h2');
    heading.append(element('span', source), element('span', data.directed ? ' → ' : ' – ', 'arrow'),
      element('span', target));
    const kind = element('p', kindWords(data.kind) + (data.count > 1 ? ' · ' + data.count + ' facts' : ''), 'kind');
    kind.style.borderLeftColor = colour(data.kind);
    info.append(heading, kind);
    const list = element('div', null, 'facts');
    info.append(list);
    const facts = data.facts.slice().sort(function (a, b) { return (a.date || '').localeCompare(b.date || ''); });
    Promise.all(facts.map(function (f) {
      return fetch('/api/fact?' + new URLSearchParams({ iri: f.fact })).then(function (r) {
        return r.ok ? r.json() : null;
      });
    })).then(function (answers) {
      if (mine !== shown) { return; }
      answers.forEach(function (fact) { if (fact) { list.append(factCard(fact)); } });
      info.dataset.facts = String(list.children.length);
    }).catch(function (error) { info.append(element('p', 'Cannot read the facts: ' + error.message, 'error')); });
  }

  function factCard(fact) {
    const card = element('section', null, 'fact');
    const title = element('h3', fact.kindName.charAt(0).toUpperCase() + fact.kindName.slice(1)
      + (fact.amounts.length > 0 ? ' · ' + fact.amounts[0].text : '') + (fact.dateText ? ' · ' + month(fact) : ''));
    card.append(title);
    const table = element('dl');
    function row(name, value) {
      table.append(element('dt', name));
      const dd = element('dd');
      dd.append(value);
      table.append(dd);
    }
    fact.parties.forEach(function (p) {
      row(p.role === 'parties' ? 'party' : p.role, p.href ? link(p.href, p.label) : p.label);
    });
    fact.amounts.forEach(function (a) {
      row(a.role === 'value' ? 'amount' : a.role,
        a.text + (a.value ? ' (' + Number(a.value).toLocaleString('en') + ' ' + a.currency + ')' : ''));
    });
    if (fact.title) { row(fact.kind === 'role' ? 'title' : 'series', fact.title); }
    if (fact.dateText) { row('date', fact.dateText); }
    if (fact.status) { row('status', fact.status); }
    card.append(table);
    const evidence = element('ul', null, 'evidence');
    fact.evidence.forEach(function (e) { evidence.append(evidenceItem(e)); });
    card.append(evidence);
    if (fact.href) { card.append(link(fact.href, 'The fact’s page')); }
    return card;
  }

  function month(fact) { return fact.dateText.replace(/^\d+ /, ''); }

  /** The sentence with its stated span in a mark, then where it comes from. */
  function evidenceItem(e) {
    const li = element('li');
    const quote = element('blockquote');
    if (e.markStart >= 0 && e.markEnd <= e.sentence.length) {
      quote.append(e.sentence.slice(0, e.markStart), element('mark', e.sentence.slice(e.markStart, e.markEnd)),
        e.sentence.slice(e.markEnd));
    } else {
      quote.append(e.sentence);
      if (e.exact) { quote.append(' ', element('mark', e.exact)); }
    }
    li.append(quote);
    if (e.article) {
      const from = element('p', 'from ', 'source');
      from.append(e.article.href ? link(e.article.href, e.article.title) : e.article.title);
      if (e.article.url && /^https?:/i.test(e.article.url)) {
        from.append(' · ', link(e.article.url, 'source ↗', true));
      }
      li.append(from);
    }
    return li;
  }

  /** The legend: what the node shapes, the rings and the line colours mean. */
  function legend(holder) {
    holder.replaceChildren(element('h3', 'Legend'));
    const list = element('ul');
    [['organization', 'dot'], ['person', 'square']].forEach(function (pair) {
      const item = element('li');
      const swatch = element('span', null, 'swatch ' + pair[1]);
      swatch.style.background = colours[pair[0]];
      item.append(swatch, pair[0]);
      list.append(item);
    });
    const ring = element('li');
    ring.append(element('span', null, 'swatch dot ring'), 'searched or expanded');
    list.append(ring);
    document.querySelectorAll('#kinds input').forEach(function (box) {
      const item = element('li');
      const swatch = element('span', null, 'swatch line');
      swatch.style.background = colour(box.value);
      item.append(swatch, box.parentElement.textContent.trim());
      list.append(item);
      const mark = element('span', null, 'swatch line');
      mark.style.background = colour(box.value);
      box.after(mark);
    });
    list.append(element('li', '→ from investor, buyer, parent or person; ×N: N facts', 'note'));
    holder.append(list);
  }

  /** The start screen's entities: the most connected ones of the store. */
  function suggest(holder, chosen) {
    fetch('/api/suggest').then(function (r) { return r.ok ? r.json() : []; }).then(function (items) {
      holder.replaceChildren();
      items.forEach(function (item) {
        const button = element('button', item.label);
        button.type = 'button';
        button.title = item.facts + ' facts';
        button.addEventListener('click', function () { chosen(item); });
        const li = element('li');
        li.append(button, element('small', ' ' + item.type + ', ' + item.facts + ' facts'));
        holder.append(li);
      });
    });
  }

  function download(blob, name) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }

  window.DealgraphPanel = { colours: colours, colour: colour, clear: clear, showNode: showNode,
    showLine: showLine, legend: legend, suggest: suggest, download: download };
})();
