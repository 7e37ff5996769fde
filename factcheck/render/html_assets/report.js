// factcheck annotated article: open a figure's panel on click or focus, jump between
// related claims, flash a figure from the findings list, filter by verdict.
(function () {
  "use strict";
  var panel = document.getElementById("panel");
  var hint = document.getElementById("panel-hint");
  var current = null;
  var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  // below this width the sidebar sits under the article: a tap must bring the panel up
  var narrow = window.matchMedia ? window.matchMedia("(max-width: 60rem)") : null;

  function reveal() {
    if (narrow && narrow.matches) {
      panel.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
    }
  }

  function open(fig) {
    if (current === fig) { return; }
    if (current) {
      current.classList.remove("sel");
      current.setAttribute("aria-expanded", "false");
      document.getElementById("d-" + current.id).hidden = true;
    }
    var detail = document.getElementById("d-" + fig.id);
    if (!detail) { return; }
    detail.hidden = false;
    hint.hidden = true;
    fig.classList.add("sel");
    fig.setAttribute("aria-expanded", "true");
    current = fig;
  }

  function close() {
    if (!current) { return; }
    var fig = current;
    fig.classList.remove("sel");
    fig.setAttribute("aria-expanded", "false");
    document.getElementById("d-" + fig.id).hidden = true;
    hint.hidden = false;
    current = null;
    fig.focus();
  }

  function flash(fig) {
    fig.classList.remove("flash");
    void fig.offsetWidth;  // restart the animation
    fig.classList.add("flash");
    window.setTimeout(function () { fig.classList.remove("flash"); }, 1500);
  }

  function go(id) {
    var fig = document.getElementById(id);
    if (!fig) { return; }
    show(fig.getAttribute("data-state"), true);
    fig.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
    fig.focus({ preventScroll: true });
    open(fig);
    flash(fig);
  }

  function show(state, on) {
    var button = document.querySelector('.filter[data-filter="' + state + '"]');
    if (!button) { return; }
    button.setAttribute("aria-pressed", on ? "true" : "false");
    document.body.classList.toggle("hide-" + state, !on);
    var figs = document.querySelectorAll(".fig.s-" + state);
    for (var i = 0; i < figs.length; i++) { figs[i].tabIndex = on ? 0 : -1; }
  }

  document.addEventListener("focusin", function (event) {
    var fig = event.target.closest && event.target.closest(".fig");
    if (fig) { open(fig); }
  });

  document.addEventListener("click", function (event) {
    var target = event.target;
    var fig = target.closest(".fig");
    if (fig) {
      if (fig.tabIndex < 0) { return; }
      open(fig);
      fig.focus({ preventScroll: true });
      reveal();
      return;
    }
    var link = target.closest("[data-goto]");
    if (link) {
      event.preventDefault();
      go(link.getAttribute("data-goto"));
      return;
    }
    var filter = target.closest("[data-filter]");
    if (filter) {
      show(filter.getAttribute("data-filter"), filter.getAttribute("aria-pressed") !== "true");
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { close(); return; }
    var fig = event.target.closest && event.target.closest(".fig");
    if (fig && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      open(fig);
      panel.focus();
    }
  });
})();
