// Page script (not Readout's): once Readout marks the page done, posts what any page script can see of it
// back to the test's server. Firefox is driven by web-ext, which cannot read a page, so the page tells.
const timer = setInterval(() => {
  const state = { ...document.documentElement.dataset };
  if (state.readoutState !== 'done') return;
  clearInterval(timer);
  const highlights = globalThis.CSS?.highlights ? Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, h.size])) : null;
  fetch('/report', { method: 'POST', body: JSON.stringify({ state, highlights, userAgent: navigator.userAgent }) });
}, 100);
