// Applies the reader's saved theme and text size to <html> before the first paint, so a dark
// theme never flashes light. Loaded by a blocking <script src> in <head>: the Content Security
// Policy allows no inline scripts. Keys and values match src/features/settings/preferences.ts.
(function () {
  try {
    var root = document.documentElement;
    var theme = localStorage.getItem('saywire:theme');
    var size = localStorage.getItem('saywire:text-size');
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    if (size === 'small' || size === 'large' || size === 'x-large') root.dataset.textSize = size;
  } catch {
    // Storage blocked: the defaults (follow the system, normal text) apply.
  }
})();
