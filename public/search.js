/* global window, document, URLSearchParams */
// Starts the Pagefind UI on the search page, with the query from ?q= (the header's search form).
(function () {
  var root = document.getElementById('search');
  if (!root || typeof window.PagefindUI !== 'function') return;
  var ui = new window.PagefindUI({
    element: '#search',
    baseUrl: root.getAttribute('data-base') || '/',
    showSubResults: true,
    showImages: false,
    resetStyles: false,
  });
  // Pagefind's input has only a placeholder: give it an accessible name.
  var input = root.querySelector('input');
  if (input) input.setAttribute('aria-label', 'Search the articles');
  var q = new URLSearchParams(window.location.search).get('q');
  if (q) {
    if (input) input.value = q;
    ui.triggerSearch(q);
  }
})();
