// The agent console. Everything the server sends is put in the page with textContent, never as HTML, so a
// shopper's message cannot run script here.
(function () {
  'use strict';
  var byId = function (id) { return document.getElementById(id); };
  var current = null;
  var connection = new signalR.HubConnectionBuilder().withUrl('hub').withAutomaticReconnect().build();

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function showError(message) {
    var box = byId('error');
    box.textContent = message || '';
    box.hidden = !message;
  }

  function entryButton(entry) {
    var li = el('li');
    var button = el('button', entry.priority > 0 ? 'urgent' : '');
    button.type = 'button';
    button.dataset.conversation = entry.conversationId;
    button.appendChild(el('strong', null, entry.topic + ' · ' + entry.reason));
    button.appendChild(el('div', 'meta', 'waiting since ' + new Date(entry.queuedAt).toLocaleTimeString()));
    button.appendChild(el('div', null, (entry.summary || '').split('\n').slice(0, 3).join(' · ')));
    button.addEventListener('click', function () { open(entry.conversationId); });
    li.appendChild(button);
    return li;
  }

  async function loadQueue() {
    var q = await connection.invoke('GetQueue');
    byId('me').textContent = q.me.name;
    var waiting = byId('waiting');
    var mine = byId('mine');
    waiting.replaceChildren.apply(waiting, q.waiting.map(entryButton));
    mine.replaceChildren.apply(mine, q.mine.map(entryButton));
    if (q.waiting.length === 0) waiting.appendChild(el('li', 'meta', 'Nobody is waiting.'));
  }

  async function open(conversationId) {
    var view = await connection.invoke('Open', conversationId);
    if (!view) {
      showError('That conversation is no longer in the queue.');
      byId('conversation').hidden = true;
      current = null;
      return;
    }

    current = conversationId;
    showError('');
    byId('conversation').hidden = false;
    byId('title').textContent = view.entry.topic + ' · ' + view.owner + (view.agent ? ' (' + view.agent + ')' : '');
    byId('summary').textContent = view.entry.summary;
    byId('customer').textContent = view.customer ? view.customer + ' (verified)' : 'Not verified';
    var orders = byId('orders');
    orders.replaceChildren.apply(orders, view.orders.map(function (o) { return el('li', null, o.number + ' · ' + o.status + ' · ' + o.total); }));
    var transcript = byId('transcript');
    transcript.replaceChildren.apply(transcript, view.lines.map(function (line) {
      var li = el('li', line.who);
      li.appendChild(el('div', 'meta', (line.name || line.who) + (line.intent ? ' · ' + line.intent + ' · sentiment ' + Number(line.sentiment).toFixed(2) + (line.upset != null ? ' · upset ' + Number(line.upset).toFixed(2) : '') : '')));
      li.appendChild(el('div', 'text', line.text));
      return li;
    }));
    transcript.scrollTop = transcript.scrollHeight;
    var notes = byId('notes');
    notes.replaceChildren.apply(notes, view.notes.map(function (n) { return el('li', null, n.agent + ': ' + n.text); }));
    var canned = byId('canned');
    if (canned.options.length <= 1) view.canned.forEach(function (c) { var o = el('option', null, c); o.value = c; canned.appendChild(o); });
    byId('accept').hidden = view.owner !== 'queued';
    var mineNow = view.mine && view.owner === 'agent';
    ['send', 'note', 'resolve', 'message'].forEach(function (id) { byId(id).disabled = !mineNow; });
  }

  async function act(method, args) {
    if (!current) return;
    var error = await connection.invoke.apply(connection, [method, current].concat(args || []));
    showError(error);
    await loadQueue();
    if (current) await open(current);
  }

  byId('accept').addEventListener('click', function () { act('Accept'); });
  byId('resolve').addEventListener('click', function () { act('Resolve'); });
  byId('send').addEventListener('click', async function () {
    var text = byId('message').value;
    await act('Send', [text]);
    byId('message').value = '';
  });
  byId('note').addEventListener('click', async function () {
    await act('Note', [byId('message').value]);
    byId('message').value = '';
  });
  byId('canned').addEventListener('change', function (e) { if (e.target.value) byId('message').value = e.target.value; });

  connection.on('queueChanged', function () { loadQueue(); });
  connection.on('conversationChanged', function (conversationId) { if (conversationId === current) open(conversationId); });

  connection.start().then(loadQueue).catch(function (error) {
    if (String(error).indexOf('401') >= 0) window.location.href = 'login.html';
    else showError('Could not connect: ' + error);
  });
})();
