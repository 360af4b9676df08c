// CRM console: what the pages do better with a script (they work without it). Served from
// /crm/static/console.js (the pages allow scripts from 'self' only: no inline script).
//  - an open conversation's transcript stays current without reloading (the reply being typed
//    stays); the queue's table is redrawn in place every 15 s (focus and screen readers stay);
//  - a form with data-confirm asks first (sign out, close, hand back, cancel a campaign);
//  - a submitted form's buttons are disabled (one click, one reply; the server checks too);
//  - a reply being typed is kept in this tab (sessionStorage, per conversation) until it is
//    sent: a refused action or a sign-in in between does not lose it.
(() => {
  const SIGNED_OUT = "Sesi berakhir: muat ulang halaman untuk masuk lagi.";

  function signedOut(res) {
    return res.redirected && new URL(res.url).pathname === "/crm/login";
  }

  // --- confirmations and one submission per click ---------------------------------------
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
      return;
    }
    if (form.dataset.sent === "1") { event.preventDefault(); return; }
    if (form.method.toLowerCase() !== "post") return;
    form.dataset.sent = "1";
    // Disabled after the browser has read the form (a disabled button's name is not sent).
    setTimeout(() => form.querySelectorAll("button").forEach((b) => { b.disabled = true; }), 0);
  });
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return; // back to a page kept in memory: its forms work again
    document.querySelectorAll("form[data-sent]").forEach((form) => {
      delete form.dataset.sent;
      form.querySelectorAll("button").forEach((b) => { b.disabled = false; });
    });
  });

  // --- reply drafts ----------------------------------------------------------------------
  const draftBox = document.getElementById("draft-box");
  if (draftBox && draftBox.dataset.draft) {
    const key = "crm-draft:" + draftBox.dataset.draft;
    const pending = key + ":sending"; // posted, not yet known to have gone out
    const read = (k) => { try { return window.sessionStorage.getItem(k); } catch (e) { return null; } };
    const store = (k, value) => {
      try {
        if (value) window.sessionStorage.setItem(k, value);
        else window.sessionStorage.removeItem(k);
      } catch (e) { /* storage off or full: the draft is only in the page */ }
    };
    if (draftBox.dataset.sent === "1") store(pending, ""); // it went out
    const sending = read(pending);
    if (sending) { store(key, sending); store(pending, ""); } // refused, or signed out: kept
    const saved = read(key);
    const form = document.getElementById("reply");
    const reply = form && form.querySelector("textarea[name=text]");
    if (reply) {
      if (saved && !reply.value) reply.value = saved;
      reply.addEventListener("input", () => store(key, reply.value));
      form.addEventListener("submit", (event) => {
        if (event.defaultPrevented) return;
        store(pending, reply.value);
        store(key, "");
      });
    } else if (saved) {
      // The reply could not be sent (the conversation moved on): keep the words visible.
      const card = document.createElement("div");
      card.className = "card";
      card.id = "draft";
      const label = document.createElement("label");
      label.append("Balasanmu yang belum terkirim (salin bila perlu)");
      const text = document.createElement("textarea");
      text.readOnly = true;
      text.value = saved;
      label.append(document.createElement("br"), text);
      const drop = document.createElement("button");
      drop.type = "button";
      drop.className = "secondary";
      drop.textContent = "Buang draf";
      drop.addEventListener("click", () => { store(key, ""); card.remove(); });
      card.append(label, drop);
      draftBox.append(card);
    }
  }

  // --- the open conversation's transcript ---------------------------------------------------
  const box = document.getElementById("transcript");
  if (box && box.dataset.feed) {
    let shown = box.dataset.stamp || "";
    const render = (messages) => {
      box.replaceChildren(...messages.map((m) => {
        const div = document.createElement("div");
        div.className = "msg " + m.kind;
        const meta = document.createElement("div");
        meta.className = "meta";
        meta.textContent = m.who + " · " + m.when;
        let said = document.createTextNode(m.text);
        if (m.link) {  // a file the participant sent: its ticket's page
          said = document.createElement("a");
          said.href = m.link;
          said.textContent = m.text;
        }
        div.append(meta, said);
        return div;
      }));
    };
    const refresh = async () => {
      const state = document.getElementById("state");
      try {
        const res = await fetch(box.dataset.feed, { credentials: "same-origin" });
        if (signedOut(res)) { if (state) state.textContent = SIGNED_OUT; return; }
        if (!res.ok) return;
        const data = await res.json();
        if (data.stamp !== shown) { render(data.messages); shown = data.stamp; }
        if (state && data.state !== state.dataset.state) {
          state.textContent = "Status percakapan berubah: muat ulang halaman (Perbarui).";
        }
      } catch (e) { /* offline for a moment: the next tick tries again */ }
    };
    setInterval(refresh, 5000);
  }

  // --- the queue, redrawn in place ------------------------------------------------------
  const live = document.getElementById("live");
  if (live && live.dataset.live) {
    const every = 1000 * Number(live.dataset.every || 15);
    const update = async () => {
      const updated = document.getElementById("updated");
      try {
        const res = await fetch(live.dataset.live, { credentials: "same-origin" });
        if (signedOut(res)) { if (updated) updated.textContent = SIGNED_OUT; return; }
        if (!res.ok) return;
        const fresh = new DOMParser().parseFromString(await res.text(), "text/html");
        for (const id of ["live", "csat", "updated"]) {
          const now = document.getElementById(id);
          const next = fresh.getElementById(id);
          if (!now || !next || now.innerHTML === next.innerHTML) continue;
          // Keep keyboard focus on the same link when the table is redrawn.
          const focused = now.contains(document.activeElement) ? document.activeElement : null;
          const href = focused && focused.getAttribute("href");
          now.replaceChildren(...Array.from(next.childNodes).map((n) => document.importNode(n, true)));
          if (href) {
            const again = Array.from(now.querySelectorAll("a")).find((a) => a.getAttribute("href") === href);
            if (again) again.focus();
          }
        }
      } catch (e) { /* offline for a moment: the next tick tries again */ }
    };
    setInterval(update, every);
  }
})();
