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
