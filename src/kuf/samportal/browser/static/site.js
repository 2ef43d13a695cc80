// Plone's toolbar renders its collapse control as <a aria-label> without an
// href; give it the role and focus of the button it is (WCAG 4.1.2).
document.querySelectorAll("a.toolbar-collapse:not([href])").forEach((link) => {
  link.setAttribute("role", "button");
  link.setAttribute("tabindex", "0");
});

// plone.formwidget.namedfile labels the widget's <div>, not its file input
// (WCAG 1.3.1, 4.1.2): name the input by the field's label.
document.querySelectorAll(".named-file-widget input[type=file]").forEach((input) => {
  const widget = input.closest(".named-file-widget");
  const label = widget && document.querySelector(`label[for="${widget.id}"]`);
  if (label && !document.querySelector(`label[for="${input.id}"]`)) {
    label.id = label.id || `${widget.id}-label`;
    input.setAttribute("aria-labelledby", label.id);
  }
});

// collective.z3cform.datagridfield labels its columns, not the cells' fields
// (WCAG 1.3.1, 4.1.2): name each field by its column, also in rows added later.
function labelDatagridCells(table) {
  table.querySelectorAll("td.datagridwidget-cell").forEach((cell) => {
    const column = [...cell.classList].find((name) => /^cell-\d+$/.test(name));
    const header = column && table.querySelector(`th.header.${column} span`);
    if (!header) return;
    cell.querySelectorAll("input:not([type=hidden]), select, textarea").forEach((field) => {
      const labelled = field.id && document.querySelector(`label[for="${field.id}"]`);
      if (!labelled && !field.hasAttribute("aria-label")) {
        field.setAttribute("aria-label", header.textContent.trim());
      }
    });
  });
}
document.querySelectorAll("table[data-mode]").forEach((table) => {
  labelDatagridCells(table);
  new MutationObserver(() => labelDatagridCells(table)).observe(table, {
    childList: true,
    subtree: true,
  });
});

// Issue 17: what an axe-core sweep of every page the demo users reach found
// in stock screens (WCAG 2.1 A/AA), fixed where the page is built in the
// browser. Run on load and again when patterns and TinyMCE add to the page.
const kufText = (element) => (element ? element.textContent.replace(/\s+/g, " ").trim() : "");

function kufFieldLabel(field) {
  // The nearest enclosing field (fields nest: the publishing form's dates)
  // that has a label of its own.
  let wrapper = field.closest(".field, .form-group, .mb-3, [id^='formfield-']");
  while (wrapper) {
    const label = wrapper.querySelector("label.form-label, .form-label, legend, label");
    if (label) return kufText(label).replace(/\s*(Obligatoriskt|Required|\*)\s*$/i, "");
    wrapper = wrapper.parentElement && wrapper.parentElement.closest(".field, .form-group, .mb-3, [id^='formfield-']");
  }
  return "";
}

function kufNamed(field) {
  if (field.getAttribute("aria-label") || field.getAttribute("aria-labelledby")) return true;
  if (field.id && document.querySelector(`label[for="${CSS.escape(field.id)}"]`)) return true;
  return !!field.closest("label");
}

function kufFixPage() {
  // Form fields without a name (file and image inputs, date inputs of the
  // publishing form, the rich-text format picker): the field's label names them.
  document
    .querySelectorAll(
      "input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea",
    )
    .forEach((field) => {
      if (kufNamed(field)) return;
      let name = kufFieldLabel(field);
      if (/_text_format$/.test(field.id || "")) name = `${name || "Text"}: textformat`;
      if (name) field.setAttribute("aria-label", name);
    });
  // TinyMCE: the editing iframe gets a title, its resize handle (a slider
  // without a value) is hidden from assistive technology, and toolbar
  // buttons whose label does not contain their visible text are named by it.
  // (TinyMCE's own frames are named by editor/static/tinymce-sv.js.)
  document.querySelectorAll("iframe:not([title]):not(.tox-edit-area__iframe)").forEach((frame) => {
    const field = frame.closest("[id^='formfield-'], .field");
    frame.setAttribute("title", `Textredigerare${field ? `: ${kufFieldLabel(frame)}` : ""}`);
  });
  document.querySelectorAll(".tox-statusbar__resize-handle").forEach((handle) => {
    handle.setAttribute("aria-hidden", "true");
    handle.removeAttribute("role");
    handle.removeAttribute("tabindex");
  });
  document.querySelectorAll("button[aria-label], a[aria-label]").forEach((control) => {
    const visible = kufText(control);
    const label = control.getAttribute("aria-label");
    if (visible && !label.toLowerCase().includes(visible.toLowerCase())) {
      control.setAttribute("aria-label", visible);
    }
  });
  // Links with only an icon (the History tab): a title names them.
  document.querySelectorAll("#contentview-history a[href]:not([title])").forEach((link) => {
    if (!kufText(link) && !link.getAttribute("aria-label")) link.setAttribute("title", "Historik");
  });
  // The related-items widget's path starts with an icon-only link to the site.
  document.querySelectorAll("a.crumb:not([title])").forEach((link) => {
    if (!kufText(link) && !link.getAttribute("aria-label")) link.setAttribute("title", "Hem");
  });
}

// Fixed in the same turn as the change (a microtask, not the next frame):
// a background tab or a checker running right after a widget appears must
// never see the page unfixed.
let kufPending = false;
function kufSchedule() {
  if (kufPending) return;
  kufPending = true;
  queueMicrotask(() => {
    kufPending = false;
    kufFixPage();
  });
}
kufFixPage();
new MutationObserver(kufSchedule).observe(document.body, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ["aria-label"],
});
