// Updates an import's progress in place by polling its progress endpoint
// (progressive enhancement: without JavaScript the page refreshes itself).
// Reloads the page when the import has ended, to show its result.
const box = document.querySelector('[data-import-progress]');
if (box) {
  const id = box.getAttribute('data-import-id');
  const phase = box.querySelector('[data-progress-phase]');
  const rows = box.querySelector('[data-progress-rows]');
  const bar = box.querySelector('[data-progress-bar]');
  const poll = async () => {
    try {
      const res = await fetch(`/imports/${encodeURIComponent(id)}/progress`, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      if (res.ok) {
        const p = await res.json();
        if (p.status !== 'running') {
          window.location.reload();
          return;
        }
        if (phase) phase.textContent = p.phaseLabel;
        if (rows) rows.textContent = String(p.rowsRead);
        if (bar) {
          bar.value = p.percent;
          bar.textContent = `${p.percent}%`;
        }
      }
    } catch {
      // A missed poll is retried; the page still works by reloading.
    }
    window.setTimeout(poll, 1000);
  };
  window.setTimeout(poll, 1000);
}
