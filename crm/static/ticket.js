// CRM ticket desk: a live character count under each text box with a limit (data-max), and a
// form marked "once" is sent once (a double click on "Simpan perubahan" posts one change).
// Served from /crm/static/ticket.js (the pages allow scripts from 'self', none inline). The
// server refuses a text over the limit and a repeated post on its own: this is for the user.
(() => {
  for (const box of document.querySelectorAll("textarea[data-max]")) {
    const max = Number(box.dataset.max);
    const counter = document.getElementById(box.getAttribute("aria-describedby") || "");
    if (!counter || !max) continue;
    const count = () => {
      const used = [...box.value.replace(/\r\n/g, "\n").trim()].length;  // as the server counts
      counter.textContent = `${used}/${max} karakter` + (used > max ? ` (kelebihan ${used - max})` : "");
      counter.classList.toggle("error", used > max);
    };
    box.addEventListener("input", count);
    count();
  }

  // Its own mark (console.js, on every page, may do the same for every form: both agree).
  for (const form of document.querySelectorAll("form.once")) {
    form.addEventListener("submit", (event) => {
      if (form.dataset.once) { event.preventDefault(); return; }
      form.dataset.once = "1";
      // Disabled once the browser has read the form (a disabled button is not sent).
      setTimeout(() => form.querySelectorAll("button").forEach((b) => { b.disabled = true; }), 0);
    });
  }
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return; // back to a page kept in memory: its forms work again
    for (const form of document.querySelectorAll("form.once[data-once]")) {
      delete form.dataset.once;
      form.querySelectorAll("button").forEach((b) => { b.disabled = false; });
    }
  });
})();
