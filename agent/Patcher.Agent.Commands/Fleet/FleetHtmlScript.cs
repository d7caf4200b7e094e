namespace Patcher.Agent.Fleet;

/// <summary>
/// The main page's script, inline (no file, no CDN): builds the host table from the embedded data, filters it by outcome, ring,
/// versions, needs-attention and a search over host and reason, sorts it by the clicked header, and keeps the filter in
/// the URL fragment (<c>report.html#outcome=failed&amp;q=EXCH1</c>) so a filtered view can be bookmarked or sent, and is
/// applied when the page opens. Rows are built with <c>textContent</c>, never from markup, so no host text can run.
/// </summary>
internal static class FleetHtmlScript
{
    public const string Js = """
        (function () {
          'use strict';
          var data = JSON.parse(document.getElementById('fleet-data').textContent);
          var body = document.querySelector('#host-table tbody');
          var f = { outcome: el('f-outcome'), ring: el('f-ring'), versions: el('f-versions'), q: el('f-q'), attention: el('f-attention') };
          var sort = { key: 'outcome', desc: false };
          var keys = { host: 0, outcome: 2, finished: 3, versions: 4, runs: 6, ring: 7 };
          function el(id) { return document.getElementById(id); }
          function readHash() {
            var p = new URLSearchParams(location.hash.slice(1));
            f.outcome.value = p.get('outcome') || '';
            f.ring.value = p.get('ring') || '';
            f.versions.value = p.get('versions') || '';
            f.q.value = p.get('q') || '';
            f.attention.checked = p.get('attention') === '1';
            if (keys.hasOwnProperty(p.get('sort'))) { sort.key = p.get('sort'); sort.desc = p.get('desc') === '1'; }
          }
          function writeHash() {
            var p = new URLSearchParams();
            if (f.outcome.value) p.set('outcome', f.outcome.value);
            if (f.ring.value) p.set('ring', f.ring.value);
            if (f.versions.value) p.set('versions', f.versions.value);
            if (f.q.value) p.set('q', f.q.value);
            if (f.attention.checked) p.set('attention', '1');
            if (sort.key !== 'outcome' || sort.desc) { p.set('sort', sort.key); if (sort.desc) p.set('desc', '1'); }
            history.replaceState(null, '', '#' + p.toString());
          }
          function value(h, key) { return key === 'versions' ? data.versions[h[4]] : h[keys[key]]; }
          function compare(a, b) {
            var x = value(a, sort.key), y = value(b, sort.key);
            var order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
            if (order === 0) order = a[0].localeCompare(b[0]);
            return sort.desc ? -order : order;
          }
          function render() {
            var outcome = data.outcomes.indexOf(f.outcome.value), q = f.q.value.toLowerCase();
            var rows = data.hosts.filter(function (h) {
              return (outcome < 0 || h[2] === outcome)
                && (!f.ring.value || h[7] === f.ring.value)
                && (!f.versions.value || data.versions[h[4]] === f.versions.value)
                && (!f.attention.checked || data.attention[h[2]])
                && (!q || h[0].toLowerCase().indexOf(q) >= 0 || data.reasons[h[5]].toLowerCase().indexOf(q) >= 0);
            }).sort(compare);
            var fragment = document.createDocumentFragment();
            rows.forEach(function (h) {
              var tr = document.createElement('tr');
              tr.dataset.host = h[0];
              tr.dataset.outcome = data.outcomes[h[2]];
              var link = document.createElement('a');
              link.href = h[1];
              link.textContent = h[0];
              cell(tr).appendChild(link);
              var badge = document.createElement('span');
              badge.className = 'badge' + (data.outcomes[h[2]] === 'no-mta' ? ' light' : '');
              badge.style.background = data.colors[h[2]];
              badge.textContent = data.outcomes[h[2]];
              cell(tr).appendChild(badge);
              cell(tr).textContent = h[7];
              cell(tr).textContent = h[3];
              cell(tr).textContent = data.versions[h[4]];
              cell(tr).textContent = h[6];
              cell(tr).textContent = data.reasons[h[5]];
              fragment.appendChild(tr);
            });
            body.replaceChildren(fragment);
            el('shown').textContent = rows.length + ' of ' + data.hosts.length + ' hosts shown';
            document.querySelectorAll('#host-table th[data-sort]').forEach(function (th) {
              th.setAttribute('aria-sort', th.dataset.sort === sort.key ? (sort.desc ? 'descending' : 'ascending') : 'none');
            });
          }
          function cell(tr) { return tr.appendChild(document.createElement('td')); }
          function changed() { writeHash(); render(); }
          [f.outcome, f.ring, f.versions, f.attention].forEach(function (x) { x.addEventListener('change', changed); });
          f.q.addEventListener('input', changed);
          el('filters').addEventListener('submit', function (e) { e.preventDefault(); });
          document.querySelectorAll('#host-table th[data-sort]').forEach(function (th) {
            th.addEventListener('click', function () {
              sort.desc = sort.key === th.dataset.sort ? !sort.desc : false;
              sort.key = th.dataset.sort;
              changed();
            });
          });
          window.addEventListener('hashchange', function () { readHash(); render(); });
          readHash();
          render();
        })();
        """;
}
