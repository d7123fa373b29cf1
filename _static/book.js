/* Small fixes to the theme, loaded on every page (see _config.yml html_js_files). */
(function () {
  "use strict";
  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  /* Phone navigation. pydata-sphinx-theme 0.17 binds its sidebar dialogs to the FIRST element with class
     primary-toggle / secondary-toggle; sphinx-book-theme 1.3 renders another one in the article header, and
     that is the one a phone shows, so tapping it did nothing (pydata-sphinx-theme issue #2451). Every other
     toggle forwards its click to the bound one. */
  ready(function () {
    ["primary-toggle", "secondary-toggle"].forEach(function (cls) {
      var all = document.querySelectorAll("." + cls);
      if (all.length < 2) { return; }
      var bound = all[0];
      Array.prototype.slice.call(all, 1).forEach(function (button) {
        button.addEventListener("click", function (event) {
          event.preventDefault();
          event.stopImmediatePropagation();
          bound.click();
        }, true);
      });
    });
  });

  /* The hover box of a mark on the annotated article stays on screen: shift it left when it would run off. */
  ready(function () {
    function place(event) {
      var mark = event.target.closest && event.target.closest(".ann[data-tip]");
      if (!mark) { return; }
      var rect = mark.getBoundingClientRect();
      var rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      var width = Math.min(28 * rem, window.innerWidth - rem);
      var overflow = rect.left + width - (window.innerWidth - rem / 2);
      mark.style.setProperty("--tip-left", overflow > 0 ? (-overflow) + "px" : "0px");
    }
    document.addEventListener("mouseover", place);
    document.addEventListener("focusin", place);
  });

  /* Every figure opens at full size when tapped or clicked (a phone shows it smaller than it was drawn). */
  ready(function () {
    document.querySelectorAll("figure img, img.analysis-figure").forEach(function (img) {
      if (img.closest("a") || /^data:/.test(img.src)) { return; }  // a data: image cannot be opened as a page
      var link = document.createElement("a");
      link.href = img.currentSrc || img.src;
      link.title = "Open the figure at full size";
      img.parentNode.insertBefore(link, img);
      link.appendChild(img);
    });
  });
})();
