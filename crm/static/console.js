// CRM console: keep a conversation's transcript current without reloading the page (the reply
// being typed stays). Served from /crm/static/console.js (the pages allow scripts from 'self').
(() => {
  const box = document.getElementById("transcript");
  if (!box || !box.dataset.feed) return;
  let shown = box.dataset.stamp || "";

  function render(messages) {
    box.replaceChildren(...messages.map((m) => {
      const div = document.createElement("div");
      div.className = "msg " + m.kind;
      const meta = document.createElement("div");
      meta.className = "meta";
      meta.textContent = m.who + " · " + m.when;
      div.append(meta, document.createTextNode(m.text));
      return div;
    }));
  }

  async function refresh() {
    try {
      const res = await fetch(box.dataset.feed, { credentials: "same-origin" });
      if (!res.ok) return;
      const data = await res.json();
      if (data.stamp !== shown) { render(data.messages); shown = data.stamp; }
      const state = document.getElementById("state");
      if (state && data.state !== state.dataset.state) {
        state.textContent = "Status percakapan berubah: muat ulang halaman (Perbarui).";
      }
    } catch (e) { /* offline for a moment: the next tick tries again */ }
  }
  setInterval(refresh, 5000);
})();
