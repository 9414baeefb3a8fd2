// Connects the official Web Chat bundle to ShopBot's own Direct Line server (same origin, /v3/directline).
// The page never sees a Direct Line secret: it asks /api/chat/token for a token bound to a new conversation.
// The session (token + conversation id) is kept in localStorage so a reload resumes the conversation and its history.
// Query options: ?transport=polling uses HTTP polling instead of the WebSocket stream.
(function () {
  'use strict';
  var storageKey = 'shopbot.chat.session';
  var params = new URLSearchParams(window.location.search);
  var webSocket = params.get('transport') !== 'polling';
  var domain = new URL('v3/directline', document.baseURI).href;

  function showError(message) {
    var box = document.getElementById('chat-error');
    box.textContent = message;
    box.hidden = false;
  }

  function loadSession() {
    try { return JSON.parse(window.localStorage.getItem(storageKey) || 'null'); } catch (e) { return null; }
  }

  function saveSession(session) {
    try { window.localStorage.setItem(storageKey, JSON.stringify(session)); } catch (e) { /* private mode: no resume */ }
  }

  async function newSession() {
    var response = await fetch('api/chat/token', { method: 'POST' });
    if (!response.ok) throw new Error('The chat service did not give a token (HTTP ' + response.status + ').');
    var body = await response.json();
    return { token: body.token, conversationId: body.conversationId, started: false };
  }

  async function refresh(session) {
    var response = await fetch(domain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + session.token } });
    if (!response.ok) return null;
    var body = await response.json();
    return { token: body.token, conversationId: session.conversationId, started: session.started };
  }

  async function start() {
    var session = loadSession();
    if (session && session.token) session = await refresh(session);
    if (!session) session = await newSession();
    var resume = session.started;
    session.started = true;
    saveSession(session);

    // A resumed conversation reconnects (GET /conversations/{id}) and replays its history; a new one starts (POST /conversations).
    var options = { domain: domain, token: session.token, webSocket: webSocket };
    if (resume) options.conversationId = session.conversationId;
    var directLine = window.WebChat.createDirectLine(options);
    directLine.connectionStatus$.subscribe(function (status) {
      if (status === 4) showError('Could not connect to the chat service. Reload the page to try again.');
      if (status === 5) {
        window.localStorage.removeItem(storageKey);
        showError('This conversation has ended or expired. Reload the page to start a new one.');
      }
    });
    window.shopBotDirectLine = directLine;
    window.WebChat.renderWebChat({
      directLine: directLine,
      locale: 'en-US',
      styleOptions: { hideUploadButton: true, botAvatarInitials: 'SB', userAvatarInitials: 'You', bubbleMaxWidth: 640 }
    }, document.getElementById('webchat'));
  }

  document.getElementById('new-chat').addEventListener('click', function () {
    window.localStorage.removeItem(storageKey);
    window.location.reload();
  });

  start().catch(function (error) { showError(error.message); });
})();
