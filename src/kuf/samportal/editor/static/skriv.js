// The one-page protocol editor (@@skriv). The form works without this
// script (every button posts the form; the server answers with the page as
// changed); the script keeps the place after such a post and asks before an
// item with text is removed.
(function () {
  const form = document.querySelector(".kuf-skriv-form");
  if (!form) return;
  const problems = document.getElementById("kuf-skriv-problems");
  const focus = form.dataset.focus;
  if (problems) {
    problems.focus();
  } else if (focus) {
    const target = document.getElementById(focus);
    if (target) {
      target.scrollIntoView({ block: "start" });
      const field = target.querySelector("input:not([type=hidden]), select, textarea, button");
      if (field) field.focus({ preventScroll: true });
    }
  }
  form.addEventListener("click", (event) => {
    const button = event.target.closest("button.kuf-skriv-remove");
    if (!button) return;
    const item = button.closest(".kuf-skriv-item");
    const heading = item && item.querySelector("input[name$='.heading']");
    if (heading && heading.value.trim() && !window.confirm(`Ta bort punkten "${heading.value.trim()}"?`)) {
      event.preventDefault();
    }
  });
})();
